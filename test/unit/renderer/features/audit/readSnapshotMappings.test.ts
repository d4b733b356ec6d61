import { describe, expect, it } from 'vitest';
import { readSnapshotMappings } from '../../../../../renderer/src/features/audit/readSnapshotMappings';
import { generateSampleTenant } from '../../../../../sample-tenant';
import { serializeSnapshot } from '../../../../../shared/snapshot/validate';

const snapshot = generateSampleTenant({ now: new Date('2026-11-20T12:00:00Z') });
const text = serializeSnapshot(snapshot);
const howspace = snapshot.servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;

describe('readSnapshotMappings', () => {
  it("keeps only the app's object mappings, found by id", () => {
    const read = readSnapshotMappings(text, 'old.json', { id: howspace.id, displayName: 'Howspace' });
    expect(read.ok && read.objectMappings.map((m) => m.sourceObjectName)).toEqual(['User', 'Group']);
    expect(read.ok && read.label).toContain('old.json (exported ');
  });

  it('says what is wrong with a file that is not a snapshot or lacks the app', () => {
    expect(readSnapshotMappings('{"a":1}', 'x.json', { id: 'nope', displayName: 'Nope' })).toMatchObject({ ok: false, message: expect.stringContaining('x.json is not a valid snapshot file') });
    expect(readSnapshotMappings(text, 'y.json', { id: 'nope', displayName: 'Nope' })).toEqual({ ok: false, message: 'y.json does not contain Nope; export the app again or pick another file.' });
  });
});
