/**
 * Predicted vs actual (provision on demand). Each row is saved with our prediction *before* Entra is
 * called, then completed with Entra's answer, the comparison and the fidelity report (or the error),
 * so a prediction is never written after the fact.
 */
export const up = /* sql */ `
CREATE TABLE on_demand_runs (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  app_id TEXT NOT NULL,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('User', 'Group')),
  subject_id TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  predicted_at TEXT NOT NULL,
  prediction TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('predicted', 'compared', 'failed', 'unreadable')),
  called_at TEXT,
  response TEXT,
  comparison TEXT,
  agree INTEGER,
  report TEXT,
  error TEXT
);
CREATE INDEX on_demand_runs_by_app ON on_demand_runs (tenant_id, app_id, predicted_at DESC);
`;
