import { describe, expect, it } from 'vitest';
import { replacedApps, snapshotTargets } from '../../../../../renderer/src/features/apps/snapshotReplacements';

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

describe('replacedApps', () => {
  it('lists the workspace apps whose ids the snapshot carries', () => {
    const existing = [
      { id: 'a', displayName: 'Howspace', extra: 1 },
      { id: 'c', displayName: 'Other' },
    ];
    expect(replacedApps(['a', 'b'], existing)).toEqual([{ id: 'a', displayName: 'Howspace' }]);
    expect(replacedApps([], existing)).toEqual([]);
  });
});
