import { describe, expect, it } from 'vitest';
import { buildWhere } from '../../../../../../electron/core/db/log-store/provisioning-log-query';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';

describe('migration 10: change ids indexed by their first eight characters', () => {
  it('replaces the whole-id index with the prefix index', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const indexes = workspace.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'provisioning_logs_change%' ORDER BY name`).pluck().all();
      expect(indexes).toEqual(['provisioning_logs_change_prefix']);
    } finally {
      workspace.close();
    }
  });

  it('a change-id filter is answered through the prefix index and tells apart ids that share the prefix', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const insert = workspace.db.prepare(`INSERT INTO provisioning_logs (id, activity_ms, status, action, change_id) VALUES (?, ?, 'success', 'create', ?)`);
      insert.run('r1', 1, '0a1b2c3d-0000-4000-8000-000000000001');
      insert.run('r2', 2, '0a1b2c3d-0000-4000-8000-000000000002');
      insert.run('r3', 3, 'ffffffff-0000-4000-8000-000000000001');
      insert.run('r4', 4, null);
      const where = buildWhere({ changeId: '0a1b2c3d-0000-4000-8000-000000000002' });
      const sql = `SELECT l.id FROM provisioning_logs AS l ${where.sql}`;
      expect(workspace.db.prepare(sql).pluck().all(where.params)).toEqual(['r2']);
      const plan = (workspace.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(where.params) as Array<{ detail: string }>).map((row) => row.detail);
      expect(plan).toEqual(['SEARCH l USING INDEX provisioning_logs_change_prefix (<expr>=?)']);
    } finally {
      workspace.close();
    }
  });
});
