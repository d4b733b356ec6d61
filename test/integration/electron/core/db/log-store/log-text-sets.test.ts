import { describe, expect, it } from 'vitest';
import { LogTextSets, textSetKey } from '../../../../../../electron/core/db/log-store/log-text-sets';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';

const texts = (i: number) => [`user${i}`, 'EntryConflict', 'already exists', `Received User 'user${i}'`];

/** Writes and commits sets 1..count (keys of users 0..count-1), as an import batch does. */
function commitSets(workspace: WorkspaceDb, sets: LogTextSets, count: number): void {
  sets.forgetUnconfirmed();
  workspace.transaction(() => {
    for (let i = 0; i < count; i++) sets.write(sets.nextId(), texts(i), textSetKey(texts(i)));
  });
  sets.confirm();
}

describe('LogTextSets', () => {
  it('finds a committed set by its texts; a set written without its key is indexed but not remembered', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const sets = new LogTextSets(workspace.db);
      commitSets(workspace, sets, 2);
      sets.forgetUnconfirmed();
      workspace.transaction(() => sets.write(3, texts(7), null));
      sets.confirm();
      expect([sets.find(textSetKey(texts(0))), sets.find(textSetKey(texts(1))), sets.find(textSetKey(texts(7)))]).toEqual([1, 2, undefined]);
      expect(workspace.db.prepare(`SELECT rowid FROM provisioning_log_text_sets_fts WHERE provisioning_log_text_sets_fts MATCH 'user7'`).pluck().all()).toEqual([3]);
    } finally {
      workspace.close();
    }
  });

  it('stops looking up for the rest of a batch once 1,000 lookups found less than one in a hundred, and probes again in the next batch', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const sets = new LogTextSets(workspace.db);
      expect(sets.worthLookingUp()).toBe(true);
      commitSets(workspace, sets, 5);
      sets.forgetUnconfirmed();
      for (let i = 0; i < 999; i++) sets.find(`missing ${i}`);
      expect(sets.worthLookingUp()).toBe(true);
      sets.find('missing');
      expect(sets.worthLookingUp()).toBe(false);
      sets.forgetUnconfirmed();
      expect(sets.worthLookingUp()).toBe(true);
      for (let i = 0; i < 990; i++) sets.find(`missing ${i}`);
      for (let i = 0; i < 10; i++) sets.find(textSetKey(texts(i % 5)));
      expect(sets.worthLookingUp()).toBe(true);
    } finally {
      workspace.close();
    }
  });
});
