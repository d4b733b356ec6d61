/**
 * The provisioning-log store: one row per record with the columns the viewer filters and sorts on,
 * steps and modified properties kept losslessly in their own tables, the record's JSON apart (so the
 * hot table stays small), and a contentless FTS5 index keyed by the record's `seq`.
 * Rows of the version-1 table are carried over; their extra columns are filled from their JSON by
 * migration 11 (SQL alone cannot flatten the steps).
 */
export const up = /* sql */ `
ALTER TABLE provisioning_logs RENAME TO provisioning_logs_v1;
DROP INDEX IF EXISTS provisioning_logs_by_app_time;
DROP INDEX IF EXISTS provisioning_logs_by_time;

CREATE TABLE provisioning_logs (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  tenant_id TEXT NOT NULL DEFAULT '',
  activity_ms INTEGER NOT NULL,
  status TEXT NOT NULL,
  action TEXT NOT NULL,
  service_principal_id TEXT,
  app_name TEXT,
  job_id TEXT,
  cycle_id TEXT,
  change_id TEXT,
  duration_ms INTEGER,
  source_id TEXT,
  source_name TEXT,
  source_type TEXT,
  target_id TEXT,
  target_name TEXT,
  source_system TEXT,
  target_system TEXT,
  initiated_by TEXT,
  error_code TEXT,
  error_category TEXT,
  reason TEXT,
  additional_details TEXT,
  recommended_action TEXT,
  step_count INTEGER NOT NULL DEFAULT 0,
  property_count INTEGER NOT NULL DEFAULT 0,
  origin TEXT NOT NULL DEFAULT 'file' CHECK (origin IN ('sample', 'graph', 'file', 'trial')),
  needs_backfill INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX provisioning_logs_id ON provisioning_logs (id);
CREATE INDEX provisioning_logs_time ON provisioning_logs (activity_ms);
CREATE INDEX provisioning_logs_status_time ON provisioning_logs (status, activity_ms);
CREATE INDEX provisioning_logs_action_time ON provisioning_logs (action, activity_ms);
CREATE INDEX provisioning_logs_app_status_time ON provisioning_logs (service_principal_id, status, activity_ms);
CREATE INDEX provisioning_logs_job ON provisioning_logs (job_id, activity_ms);
CREATE INDEX provisioning_logs_cycle ON provisioning_logs (cycle_id, activity_ms);
CREATE INDEX provisioning_logs_change ON provisioning_logs (change_id);
CREATE INDEX provisioning_logs_source ON provisioning_logs (source_id);
CREATE INDEX provisioning_logs_target ON provisioning_logs (target_id);
CREATE INDEX provisioning_logs_error ON provisioning_logs (error_code, activity_ms, status) WHERE error_code IS NOT NULL;
CREATE INDEX provisioning_logs_backfill ON provisioning_logs (seq) WHERE needs_backfill = 1;

CREATE TABLE provisioning_log_json (
  seq INTEGER PRIMARY KEY REFERENCES provisioning_logs(seq) ON DELETE CASCADE,
  json TEXT NOT NULL
);

CREATE TABLE provisioning_log_steps (
  seq INTEGER NOT NULL REFERENCES provisioning_logs(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  step_type TEXT NOT NULL,
  status TEXT NOT NULL,
  description TEXT,
  details_json TEXT,
  PRIMARY KEY (seq, position)
) WITHOUT ROWID;

CREATE TABLE provisioning_log_properties (
  seq INTEGER NOT NULL REFERENCES provisioning_logs(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  PRIMARY KEY (seq, position)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE provisioning_logs_fts USING fts5(
  identities, error_code, reason, descriptions,
  content = '', contentless_delete = 1, tokenize = 'unicode61'
);

INSERT INTO provisioning_logs (id, tenant_id, activity_ms, status, action, service_principal_id, job_id, cycle_id,
  change_id, source_id, source_name, target_id, error_code, origin, needs_backfill)
SELECT id, tenant_id, CAST(ROUND((julianday(activity_at) - 2440587.5) * 86400000) AS INTEGER), COALESCE(status, 'unknownFutureValue'),
  COALESCE(action, 'other'), service_principal_id, job_id, cycle_id, change_id, source_id, source_name, target_id, error_code,
  COALESCE((SELECT CASE source WHEN 'sample' THEN 'sample' WHEN 'graph' THEN 'graph' ELSE 'file' END FROM tenants WHERE tenants.id = v1.tenant_id), 'file'),
  1
FROM provisioning_logs_v1 AS v1 WHERE true
ON CONFLICT (id) DO NOTHING;
INSERT INTO provisioning_log_json (seq, json)
SELECT l.seq, v1.json FROM provisioning_logs AS l JOIN provisioning_logs_v1 AS v1 ON v1.id = l.id AND v1.tenant_id = l.tenant_id;
DROP TABLE provisioning_logs_v1;

CREATE TABLE provisioning_log_imports (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  source TEXT NOT NULL,
  format TEXT,
  added INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  position TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled'))
);
`;
