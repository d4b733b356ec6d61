import { describe, expect, it } from 'vitest';
import { provisioningObjectSummarySchema } from '../../../../shared/graph/provisioning-log';
import { buildTrialRecord, TRIAL_INITIATOR } from '../../../../shared/sync/records';
import type { ObjectRun, Phase } from '../../../../shared/sync';

const phase = (name: Phase['name'], status: Phase['status']): Phase => ({ name, status, summary: '', decisions: [], exchanges: [] });

// Phases in provision on demand's order (Import → Scope → Match → Action).
const run: ObjectRun = {
  kind: 'User',
  sourceId: 'src-1',
  displayName: 'Ann Lee',
  reportableIdentifier: 'ann@contoso.com',
  phases: [phase('import', 'success'), phase('scope', 'success'), phase('match', 'success'), phase('action', 'failure')],
  action: 'create',
  status: 'failure',
  error: { errorCode: 'EntryConflict', reason: 'taken', errorCategory: 'nonServiceFailure', recommendedAction: 'fix', additionalDetails: 'HTTP 409' },
  targetId: null,
  targetObject: null,
  attributes: [],
  modifiedProperties: [{ displayName: 'userName', oldValue: null, newValue: 'ann@contoso.com' }],
  verdict: '',
  durationMs: 12.4,
  logSteps: {
    import: { name: 'EntryImportAdd', description: 'imported', details: { objectId: 'src-1' } },
    scope: { name: 'EntrySynchronizationScoping', description: 'scoped', details: {} },
    match: { name: 'EntryImportByMatchingProperty', description: 'matched', details: { MatchingProperty: 'userName' } },
    action: { name: 'EntryExportAdd', description: 'exported', details: { ReportableIdentifier: 'ann@contoso.com' } },
  },
};

let n = 0;
const ctx = {
  tenantId: 't1',
  jobId: 'job1',
  cycleId: 'cycle1',
  servicePrincipal: { id: 'sp1', appId: 'app1', displayName: 'Howspace' },
  targetName: 'Howspace',
  activityDateTime: '2026-11-20T12:00:00.000Z',
  newId: () => `id-${++n}`,
};

describe('buildTrialRecord', () => {
  const record = buildTrialRecord(run, ctx);

  it('lists the steps in the log\'s order, Import → Matching → Scoping → Export, with Entra\'s step names', () => {
    expect(record.provisioningSteps.map((s) => [s.provisioningStepType, s.name, s.status])).toEqual([
      ['import', 'EntryImportAdd', 'success'],
      ['matching', 'EntryImportByMatchingProperty', 'success'],
      ['scoping', 'EntrySynchronizationScoping', 'success'],
      ['export', 'EntryExportAdd', 'failure'],
    ]);
  });

  it('is a valid provisioningObjectSummary marked as a trial, with the error and identities', () => {
    expect(provisioningObjectSummarySchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      id: 'id-1',
      changeId: 'id-2',
      cycleId: 'cycle1',
      durationInMilliseconds: 12,
      provisioningAction: 'create',
      provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'EntryConflict', reason: 'taken', additionalDetails: 'HTTP 409', errorCategory: 'nonServiceFailure', recommendedAction: 'fix' } },
      initiatedBy: { displayName: TRIAL_INITIATOR },
      sourceIdentity: { id: 'src-1', displayName: 'Ann Lee', identityType: 'User' },
      targetIdentity: { id: '', displayName: '', identityType: 'User' },
      targetSystem: { displayName: 'Howspace', details: { ApplicationId: 'app1', ServicePrincipalId: 'sp1' } },
      modifiedProperties: [{ displayName: 'userName', oldValue: null, newValue: 'ann@contoso.com' }],
    });
  });

  it('leaves out phases without a log step', () => {
    const partial = buildTrialRecord({ ...run, status: 'success', error: null, logSteps: { import: run.logSteps.import! } }, ctx);
    expect(partial.provisioningSteps.map((s) => s.name)).toEqual(['EntryImportAdd']);
    expect(partial.provisioningStatusInfo.errorInformation).toBeNull();
    expect(provisioningObjectSummarySchema.safeParse(partial).success).toBe(true);
  });
});
