import { describe, expect, it } from 'vitest';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';

const v1 = {
  id: 'r1',
  activityDateTime: '2026-11-20T10:00:00Z',
  provisioningAction: 'create',
  provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'EntryConflict', reason: 'exists' } },
  provisioningSteps: [{ name: 'EntryImportAdd', provisioningStepType: 'import', status: 'success', description: 'd', details: {} }],
  modifiedProperties: [{ displayName: 'mail', oldValue: null, newValue: 'a@b' }],
  futureField: { kept: true },
};

describe('normalizeRecord', () => {
  it('passes a v1.0 record through untouched (same object, not renamed)', () => {
    const result = normalizeRecord(v1);
    expect(result).toMatchObject({ ok: true, renamed: false });
    expect(result.ok && result.record).toBe(v1);
  });

  it('renames the beta names and lifts statusDetails error fields into errorInformation', () => {
    const { provisioningAction: _a, provisioningStatusInfo: _s, ...rest } = v1;
    void _a;
    void _s;
    const beta = { ...rest, action: 'Create', statusInfo: { '@odata.type': '#microsoft.graph.statusDetails', status: 'Failure', errorCode: 'EntryConflict', reason: 'exists' } };
    const result = normalizeRecord(beta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.renamed).toBe(true);
    expect(result.record.provisioningAction).toBe('create');
    expect(result.record.provisioningStatusInfo).toMatchObject({ status: 'failure', errorInformation: { errorCode: 'EntryConflict', reason: 'exists' } });
    expect(result.record).toMatchObject({ futureField: { kept: true } });
  });

  it('reads an Azure Monitor row: PascalCase columns, nested JSON strings, Result* columns', () => {
    const row = {
      Id: 'r2',
      TimeGenerated: '2026-11-20T10:00:00Z',
      AADTenantId: 't',
      ProvisioningAction: 'Update',
      ResultType: 'Failure',
      ResultSignature: 'TooManyRequests',
      ResultDescription: 'slow down',
      ProvisioningSteps: JSON.stringify(v1.provisioningSteps),
      ServicePrincipal: '{"id":"sp","displayName":"App"}',
      OperationName: 'Provisioning activity',
    };
    const result = normalizeRecord(row);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      id: 'r2',
      tenantId: 't',
      provisioningAction: 'update',
      provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'TooManyRequests', reason: 'slow down' } },
      servicePrincipal: { id: 'sp', displayName: 'App' },
      'x-pwb-source': { format: 'AADProvisioningLogs', OperationName: 'Provisioning activity' },
    });
    expect(result.record.provisioningSteps).toHaveLength(1);
  });

  it.each<[string, unknown, RegExp]>([
    ['a non-object', [1], /expected a JSON object, found an array/],
    ['no id', { ...v1, id: '' }, /no id/],
    ['a bad date', { ...v1, activityDateTime: 'tomorrow' }, /"tomorrow" is not a date/],
    ['an unknown action', { ...v1, provisioningAction: 'explode' }, /provisioningAction "explode"/],
    ['no status', { ...v1, provisioningStatusInfo: {} }, /provisioningStatusInfo.status null/],
    ['steps that are not a list', { ...v1, provisioningSteps: {} }, /provisioningSteps is not an array/],
    ['a property without a name', { ...v1, modifiedProperties: [{ oldValue: 'x' }] }, /modifiedProperties\[0\] has no displayName/],
  ])('rejects %s, saying why', (_name, raw, reason) => {
    const result = normalizeRecord(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('maps unknown step types and statuses to unknownFutureValue instead of rejecting', () => {
    const result = normalizeRecord({ ...v1, provisioningSteps: [{ name: 'X', provisioningStepType: 'teleport', status: 'Success' }] });
    expect(result.ok && result.record.provisioningSteps[0]).toMatchObject({ provisioningStepType: 'unknownFutureValue', status: 'success' });
  });
});
