import { describe, expect, it } from 'vitest';
import { OnDemandRepository } from '../../../../../../electron/core/db/repositories/on-demand';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';

describe('migration 8: predicted-vs-actual runs', () => {
  it('creates on_demand_runs, indexed newest first per app, with checked kinds and states', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const columns = (workspace.db.prepare(`SELECT name FROM pragma_table_info('on_demand_runs') ORDER BY cid`).all() as Array<{ name: string }>).map((c) => c.name);
      expect(columns).toEqual(['id', 'tenant_id', 'app_id', 'subject_kind', 'subject_id', 'subject_name', 'rule_id', 'predicted_at', 'prediction', 'status', 'called_at', 'response', 'comparison', 'agree', 'report', 'error']);
      expect(workspace.db.prepare(`SELECT name, desc FROM pragma_index_xinfo('on_demand_runs_by_app') WHERE key = 1 ORDER BY seqno`).all()).toEqual([
        { name: 'tenant_id', desc: 0 },
        { name: 'app_id', desc: 0 },
        { name: 'predicted_at', desc: 1 },
      ]);
      expect(() => workspace.db.prepare(`INSERT INTO on_demand_runs (id, tenant_id, app_id, subject_kind, subject_id, subject_name, rule_id, predicted_at, prediction, status) VALUES ('x', 't', 'a', 'Device', 's', 'n', 'r', 'now', '{}', 'predicted')`).run()).toThrow(/CHECK constraint failed/);
    } finally {
      workspace.close();
    }
  });

  it('the repository saves a prediction first and completes it exactly once', () => {
    const workspace = WorkspaceDb.open(':memory:');
    try {
      const repo = new OnDemandRepository(workspace.db);
      repo.savePrediction({ id: 'r1', tenantId: 't', appId: 'a', subjectKind: 'User', subjectId: 'u', subjectName: 'Ann', ruleId: 'rule', predictedAt: '2026-11-20T12:00:00.000Z', prediction: '{"run":1}' });
      expect(repo.get('r1')?.status).toBe('predicted');
      const outcome = { status: 'compared' as const, calledAt: '2026-11-20T12:00:01.000Z', response: '{}', comparison: '{}', agree: false, report: 'r', error: null };
      expect(repo.complete('r1', outcome)).toBe(true);
      expect(repo.complete('r1', { ...outcome, agree: true })).toBe(false);
      expect(repo.list('t', 'a').map((r) => [r.id, r.status, r.agree, r.prediction])).toEqual([['r1', 'compared', 0, '{"run":1}']]);
    } finally {
      workspace.close();
    }
  });
});
