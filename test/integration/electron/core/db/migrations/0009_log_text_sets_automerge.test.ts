import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';

describe('migration 9: the text sets merge their full-text segments less eagerly', () => {
  it('stores automerge 16 in the text sets index configuration and leaves the per-record index at 8', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const setting = (table: string) => (workspace.db.prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`).get() as { v: number } | undefined)?.v;
      expect(setting('provisioning_log_text_sets_fts')).toBe(16);
      expect(setting('provisioning_logs_fts')).toBe(8);
    } finally {
      workspace.close();
    }
  });

  it('a phrase is still found once more than 16 batches have written segments', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const insert = workspace.db.prepare(`INSERT INTO provisioning_log_text_sets_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
      for (let batch = 0; batch < 40; batch++) {
        workspace.transaction(() => insert.run(batch + 1, `user${batch}`, 'EntryConflict', batch % 2 ? 'a User with the same value already exists' : 'throttled', ''));
      }
      const matches = workspace.db.prepare(`SELECT rowid FROM provisioning_log_text_sets_fts WHERE provisioning_log_text_sets_fts MATCH '"already exists"' ORDER BY rowid`).pluck().all();
      expect(matches).toEqual(Array.from({ length: 20 }, (_, i) => 2 * i + 2));
    } finally {
      workspace.close();
    }
  });
});
