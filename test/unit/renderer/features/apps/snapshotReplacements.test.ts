import { describe, expect, it } from 'vitest';
import { replacedApps } from '../../../../../renderer/src/features/apps/snapshotReplacements';

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
