import type { Db } from '../connection';

export type OnDemandRunStatus = 'predicted' | 'compared' | 'failed' | 'unreadable';

export interface OnDemandPredictionRow {
  id: string;
  tenantId: string;
  appId: string;
  subjectKind: 'User' | 'Group';
  subjectId: string;
  subjectName: string;
  ruleId: string;
  predictedAt: string;
  /** The prediction (a trial run) as JSON. */
  prediction: string;
}

export interface OnDemandOutcomeRow {
  status: Exclude<OnDemandRunStatus, 'predicted'>;
  calledAt: string | null;
  response: string | null;
  comparison: string | null;
  agree: boolean | null;
  report: string | null;
  error: string | null;
}

export interface OnDemandRunRecord {
  id: string;
  tenant_id: string;
  app_id: string;
  subject_kind: 'User' | 'Group';
  subject_id: string;
  subject_name: string;
  rule_id: string;
  predicted_at: string;
  prediction: string;
  status: OnDemandRunStatus;
  called_at: string | null;
  response: string | null;
  comparison: string | null;
  agree: number | null;
  report: string | null;
  error: string | null;
}

/** Predicted-vs-actual runs: the prediction saved first, Entra's answer and the comparison after. */
export class OnDemandRepository {
  private readonly insertStmt;
  private readonly completeStmt;
  private readonly listStmt;
  private readonly getStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO on_demand_runs (id, tenant_id, app_id, subject_kind, subject_id, subject_name, rule_id, predicted_at, prediction, status)
      VALUES (@id, @tenantId, @appId, @subjectKind, @subjectId, @subjectName, @ruleId, @predictedAt, @prediction, 'predicted')`);
    this.completeStmt = db.prepare(`UPDATE on_demand_runs SET status = @status, called_at = @calledAt, response = @response, comparison = @comparison, agree = @agree, report = @report, error = @error
      WHERE id = @id AND status = 'predicted'`);
    this.listStmt = db.prepare(`SELECT * FROM on_demand_runs WHERE tenant_id = ? AND app_id = ? ORDER BY predicted_at DESC, rowid DESC LIMIT ?`);
    this.getStmt = db.prepare(`SELECT * FROM on_demand_runs WHERE id = ?`);
  }

  savePrediction(row: OnDemandPredictionRow): void {
    this.insertStmt.run(row);
  }

  /** Completes a saved prediction once; a row already completed is left as it is. */
  complete(id: string, outcome: OnDemandOutcomeRow): boolean {
    return this.completeStmt.run({ id, ...outcome, agree: outcome.agree === null ? null : outcome.agree ? 1 : 0 }).changes === 1;
  }

  list(tenantId: string, appId: string, limit = 20): OnDemandRunRecord[] {
    return this.listStmt.all(tenantId, appId, limit) as OnDemandRunRecord[];
  }

  get(id: string): OnDemandRunRecord | undefined {
    return this.getStmt.get(id) as OnDemandRunRecord | undefined;
  }
}
