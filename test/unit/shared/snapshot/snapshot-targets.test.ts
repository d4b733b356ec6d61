import { describe, expect, it } from 'vitest';
import { snapshotTargets } from '../../../../shared/snapshot/snapshot-targets';

describe('snapshotTargets', () => {
  it('reads the tenant and the app ids of a snapshot', () => {
    const text = JSON.stringify({ tenant: { id: 't1', displayName: 'Contoso' }, servicePrincipals: [{ id: 'a' }, { id: 'b' }, { nope: 1 }] });
    expect(snapshotTargets(text)).toEqual({ tenantId: 't1', tenantName: 'Contoso', appIds: ['a', 'b'] });
  });

  it('returns null for text that is not a snapshot (the import itself then reports why)', () => {
    expect(snapshotTargets('not json')).toBeNull();
    expect(snapshotTargets('{"tenant":{}}')).toBeNull();
  });
});
