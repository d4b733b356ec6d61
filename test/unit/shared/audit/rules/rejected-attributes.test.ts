import { describe, expect, it } from 'vitest';
import type { ProvisioningObjectSummary } from '../../../../../shared/graph/provisioning-log';
import { rejectedAttributeOf, rejectedAttributes } from '../../../../../shared/audit/rules/rejected-attributes';

const NOW = new Date('2026-03-01T00:00:00Z');

function record(at: string, errorCode: string | null, reason: string | null, appId = 'sp-1'): ProvisioningObjectSummary {
  return {
    id: `${at}-${errorCode}`,
    activityDateTime: at,
    provisioningAction: 'update',
    provisioningStatusInfo: { status: errorCode ? 'failure' : 'success', errorInformation: errorCode ? { errorCode, reason } : null },
    provisioningSteps: [],
    modifiedProperties: [],
    servicePrincipal: { id: appId, displayName: 'App' },
  } as unknown as ProvisioningObjectSummary;
}

describe('rejectedAttributeOf', () => {
  it('reads the attribute a SchemaAttributeNotFound reason quotes', () => {
    expect(rejectedAttributeOf(record('2026-02-20T00:00:00Z', 'SchemaAttributeNotFound', "The request referenced the attribute 'name.formatted', which does not exist in Fabrikam."))).toEqual({
      attribute: 'name.formatted',
      errorCode: 'SchemaAttributeNotFound',
    });
  });

  it('ignores errors that are not about an attribute', () => {
    expect(rejectedAttributeOf(record('2026-02-20T00:00:00Z', 'TooManyRequests', "Slow down 'now'"))).toBeNull();
    expect(rejectedAttributeOf(record('2026-02-20T00:00:00Z', null, null))).toBeNull();
  });
});

describe('rejectedAttributes', () => {
  it('counts the app’s rejections of the last 30 days, newest time kept', () => {
    const reason = "The request referenced the attribute 'name.formatted', which does not exist.";
    const found = rejectedAttributes(
      [
        record('2026-02-20T00:00:00Z', 'SchemaAttributeNotFound', reason),
        record('2026-02-25T00:00:00Z', 'SchemaAttributeNotFound', reason),
        record('2025-12-01T00:00:00Z', 'SchemaAttributeNotFound', reason),
        record('2026-02-25T00:00:00Z', 'SchemaAttributeNotFound', reason, 'other-app'),
      ],
      'sp-1',
      NOW,
    );
    expect(found).toEqual([{ attribute: 'name.formatted', errorCode: 'SchemaAttributeNotFound', count: 2, lastSeen: '2026-02-25T00:00:00Z' }]);
  });
});
