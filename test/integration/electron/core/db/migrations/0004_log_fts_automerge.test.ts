import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';

describe('migration 4: full-text merge setting', () => {
  it('stores automerge 8 in the full-text index configuration, where every later write reads it', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const row = workspace.db.prepare(`SELECT v FROM provisioning_logs_fts_config WHERE k = 'automerge'`).get() as { v: number } | undefined;
      expect(row?.v).toBe(8);
    } finally {
      workspace.close();
    }
  });
});
