import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_ROLE_ID } from '../../../shared/graph/service-principal';
import { app, job, mappingLines, objectMapping } from './sample-fixture';

const NAME = 'OfficeSpace Software';

describe('OfficeSpace Software sample app', () => {
  it('assigns users and groups with the Default Access role, as the 2019 guide era did', () => {
    const defaults = app(NAME).appRoleAssignedTo.filter((assignment) => assignment.appRoleId === DEFAULT_ACCESS_ROLE_ID);
    expect(defaults.some((assignment) => assignment.principalType === 'User')).toBe(true);
    expect(defaults.some((assignment) => assignment.principalType === 'Group')).toBe(true);
  });

  it('matches users on userName from userPrincipalName and derives active from IsSoftDeleted', () => {
    const lines = mappingLines(objectMapping(NAME, 'User').attributeMappings);
    expect(lines[0]).toBe('userName ← [userPrincipalName] (match 1)');
    expect(lines).toContain('active ← Switch([IsSoftDeleted], , "False", "True", "True", "False")');
    expect(lines).toContain('emails[type eq "work"].value ← [mail]');
  });

  it('is the quarantined job: credentials rejected, cycles failing', () => {
    const status = job(NAME).status;
    expect(status.code).toBe('Quarantine');
    expect(status.quarantine?.reason).toBe('EncounteredQuarantineException');
    expect(status.quarantine?.error).toMatchObject({ code: 'Unauthorized', tenantActionable: true });
    expect(status.lastExecution?.state).toBe('Failed');
    expect(status.countSuccessiveCompleteFailures).toBeGreaterThan(0);
  });

  it('scopes users to office-based staff and provisions the Default Access users', () => {
    expect(objectMapping(NAME, 'User').scope?.groups[0]?.clauses[0]).toMatchObject({ sourceOperandName: 'physicalDeliveryOfficeName', operatorName: 'IS NOT NULL' });
    expect(objectMapping(NAME, 'Group').enabled).toBe(false);
  });
});
