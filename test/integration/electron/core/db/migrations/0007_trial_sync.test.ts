import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';

describe('migration 7: trial sync state and runs', () => {
  it('creates trial_links keyed by app, target and source object, and trial_runs indexed newest first per app', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const columns = (table: string) => (workspace.db.prepare(`SELECT name, pk FROM pragma_table_info('${table}') ORDER BY cid`).all() as Array<{ name: string; pk: number }>).map((c) => [c.name, c.pk]);
      expect(columns('trial_links')).toEqual([
        ['tenant_id', 1],
        ['app_id', 2],
        ['target_key', 3],
        ['source_id', 4],
        ['kind', 0],
        ['display_name', 0],
        ['target_id', 0],
        ['managed', 0],
        ['last_exported', 0],
        ['updated_at', 0],
      ]);
      expect(columns('trial_runs').map(([name]) => name)).toEqual(['id', 'tenant_id', 'app_id', 'target_key', 'started_at', 'scenario', 'subject_kind', 'subject_name', 'status', 'verdict', 'json']);
      const index = workspace.db.prepare(`SELECT name, desc FROM pragma_index_xinfo('trial_runs_by_app') WHERE key = 1 ORDER BY seqno`).all();
      expect(index).toEqual([
        { name: 'tenant_id', desc: 0 },
        { name: 'app_id', desc: 0 },
        { name: 'started_at', desc: 1 },
      ]);
      expect(() =>
        workspace.db.prepare(`INSERT INTO trial_links VALUES ('t', 'a', 'local', 's', 'Device', 'n', 'x', 1, '{}', 'now')`).run(),
      ).toThrow(/CHECK constraint failed/);
    } finally {
      workspace.close();
    }
  });

  it('the repository round-trips Entra\'s state per target and replaces it whole', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const scope = { tenantId: 't', appId: 'a', targetKey: 'local' };
      const link = { sourceId: 's1', kind: 'User' as const, displayName: 'Ann', targetId: 'x1', managed: false, lastExported: { userName: 'ann' }, updatedAt: '2026-11-20T12:00:00.000Z' };
      workspace.trial.replaceState(scope, { links: { s1: link } });
      expect(workspace.trial.state(scope)).toEqual({ links: { s1: link } });
      expect(workspace.trial.state({ ...scope, targetKey: 'https://other' })).toEqual({ links: {} });
      workspace.trial.replaceState(scope, { links: {} });
      expect(workspace.trial.state(scope)).toEqual({ links: {} });
    } finally {
      workspace.close();
    }
  });
});
