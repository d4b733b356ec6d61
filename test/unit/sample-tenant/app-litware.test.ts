import { describe, expect, it } from 'vitest';
import { TIMESPAN_MAX_VALUE } from '../../../shared/graph/synchronization';
import { app, job, sample } from './sample-fixture';

const NAME = 'Litware HR Portal';

describe('Litware HR Portal, the paused job', () => {
  it('is paused and not scheduled (TimeSpan.MaxValue interval)', () => {
    expect(job(NAME).schedule).toEqual({ expiration: null, interval: TIMESPAN_MAX_VALUE, state: 'Disabled' });
    expect(job(NAME).status.code).toBe('Paused');
  });

  it('held a batch of deletions (stageddelete) before it was paused, and logged nothing after', () => {
    const logs = sample().provisioningLogs.filter((record) => record.servicePrincipal?.id === app(NAME).id);
    const staged = logs.filter((record) => record.provisioningAction === 'stageddelete');
    expect(staged.length).toBeGreaterThan(10);
    const lastStaged = staged.map((record) => record.activityDateTime).sort().at(-1) ?? '';
    const lastRecord = logs.map((record) => record.activityDateTime).sort().at(-1) ?? '';
    expect(Date.parse(lastRecord) - Date.parse(lastStaged)).toBeLessThan(12 * 3_600_000);
  });

  it('sends the assigned app role through SingleAppRoleAssignment', () => {
    const rule = job(NAME).schema.synchronizationRules[0];
    const roles = rule?.objectMappings[0]?.attributeMappings.find((mapping) => mapping.targetAttributeName === 'roles[primary eq "True"].value');
    expect(roles?.source?.expression).toBe('SingleAppRoleAssignment([appRoleAssignments])');
  });
});
