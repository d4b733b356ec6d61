import { describe, expect, it } from 'vitest';
import { historyItem, recordFromLaRow } from '../../../../shared/loganalytics/la-record';
import { countsRow, planBins, statsRows, tableObjects } from '../../../../shared/loganalytics/la-result';

describe('mapping Log Analytics answers', () => {
  it('keys rows by column and reads numbers sent as text', () => {
    const table = { name: 'PrimaryResult', columns: [{ name: 'Key', type: 'string' }, { name: 'Total', type: 'long' }], rows: [['Conflict', '12'], ['', 3]] };
    expect(tableObjects(table)).toEqual([{ Key: 'Conflict', Total: 12 }, { Key: '', Total: 3 }]);
  });

  it('turns a summary into the store stats rows: empty keys null, day bins as dates', () => {
    const columns = ['Key', 'Total', 'Success', 'Failure', 'Skipped', 'Warning', 'Label'].map((name) => ({ name, type: name === 'Key' ? 'datetime' : 'long' }));
    const table = { name: 'PrimaryResult', columns, rows: [['2026-03-02T00:00:00Z', 5, 3, 1, 1, 0, '2026-03-02T00:00:00Z']] };
    expect(statsRows(table, 'day')).toEqual([{ key: '2026-03-02', label: '2026-03-02', total: 5, success: 3, failure: 1, skipped: 1, warning: 0 }]);
    const apps = { name: 'PrimaryResult', columns: columns.map((c) => ({ ...c, type: 'string' })), rows: [['', 2, 2, 0, 0, 0, '']] };
    expect(statsRows(apps, 'app')).toEqual([{ key: null, label: null, total: 2, success: 2, failure: 0, skipped: 0, warning: 0 }]);
    expect(countsRow(undefined)).toEqual({ total: 0, success: 0, failure: 0, skipped: 0, warning: 0 });
    expect(planBins({ name: 'p', columns: [{ name: 'Bin', type: 'datetime' }, { name: 'Count', type: 'long' }], rows: [['2026-03-02T00:00:00Z', 4], ['2026-03-01T00:00:00Z', 2]] })).toEqual([
      { start: '2026-03-01T00:00:00.000Z', count: 2 },
      { start: '2026-03-02T00:00:00.000Z', count: 4 },
    ]);
  });

  it('maps an AADProvisioningLogs row to a Graph v1.0 record: ResultType the status, ResultSignature the code, JSON columns parsed', () => {
    const row = {
      TimeGenerated: '2026-03-01T10:00:00Z',
      Id: 'r1',
      AADTenantId: 't1',
      JobId: 'job1',
      CycleId: 'c1',
      ChangeId: 'ch1',
      DurationMs: 120,
      ProvisioningAction: 'Create',
      ResultType: 'Failure',
      ResultSignature: 'Conflict',
      ResultDescription: 'The user already exists',
      ProvisioningStatusInfo: '',
      ProvisioningSteps: '[{"name":"EntryImport","provisioningStepType":"import","status":"success","description":"Retrieved the user"}]',
      ModifiedProperties: '[{"displayName":"mail","oldValue":null,"newValue":"a@contoso.com"}]',
      InitiatedBy: '{"id":"i","displayName":"Azure AD Provisioning Service"}',
      ServicePrincipal: '{"id":"sp1","displayName":"Howspace"}',
      SourceIdentity: '{"id":"u1","displayName":"Adele","identityType":"User"}',
      TargetIdentity: '{"id":"","displayName":"","identityType":"User"}',
      SourceSystem: '{"id":"s","displayName":"Azure Active Directory"}',
      TargetSystem: '{"id":"t","displayName":"Howspace"}',
    };
    const result = recordFromLaRow(row);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { ['x-pwb-source']: source, ...record } = result.record as unknown as Record<string, unknown>;
    expect(record).toEqual({
      activityDateTime: '2026-03-01T10:00:00Z',
      id: 'r1',
      tenantId: 't1',
      jobId: 'job1',
      cycleId: 'c1',
      changeId: 'ch1',
      durationInMilliseconds: 120,
      provisioningAction: 'create',
      provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'Conflict', reason: 'The user already exists' } },
      provisioningSteps: [{ name: 'EntryImport', provisioningStepType: 'import', status: 'success', description: 'Retrieved the user' }],
      modifiedProperties: [{ displayName: 'mail', oldValue: null, newValue: 'a@contoso.com' }],
      initiatedBy: { id: 'i', displayName: 'Azure AD Provisioning Service' },
      servicePrincipal: { id: 'sp1', displayName: 'Howspace' },
      sourceIdentity: { id: 'u1', displayName: 'Adele', identityType: 'User' },
      targetIdentity: { id: '', displayName: '', identityType: 'User' },
      sourceSystem: { id: 's', displayName: 'Azure Active Directory' },
      targetSystem: { id: 't', displayName: 'Howspace' },
    });
    expect(source).toEqual({ format: 'AADProvisioningLogs', Type: 'AADProvisioningLogs', TimeGenerated: '2026-03-01T10:00:00Z', AADTenantId: 't1', ResultType: 'Failure', ResultSignature: 'Conflict', ResultDescription: 'The user already exists' });
    expect(historyItem(row)).toEqual({
      id: 'r1',
      activityDateTime: '2026-03-01T10:00:00.000Z',
      status: 'failure',
      action: 'create',
      appName: 'Howspace',
      sourceName: 'Adele',
      targetName: null,
      errorCode: 'Conflict',
      reason: 'The user already exists',
    });
  });

  it('rejects a row without an id, as an import would', () => {
    expect(recordFromLaRow({ TimeGenerated: '2026-03-01T10:00:00Z', ResultType: 'Success', ProvisioningAction: 'create' })).toEqual({ ok: false, reason: 'the record has no id' });
  });
});
