/**
 * Trial sync. `trial_links` is Entra's side of the state per app and target (scim-entra §4.12
 * item 34): which source object is linked to which target id, whether Entra still manages it, and
 * what it last exported. `trial_runs` keeps each run whole (steps, HTTP exchanges, final object)
 * until the admin clears them, newest first.
 */
export const up = /* sql */ `
CREATE TABLE trial_links (
  tenant_id TEXT NOT NULL,
  app_id TEXT NOT NULL,
  target_key TEXT NOT NULL,
  source_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('User', 'Group')),
  display_name TEXT NOT NULL,
  target_id TEXT NOT NULL,
  managed INTEGER NOT NULL,
  last_exported TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, app_id, target_key, source_id)
) WITHOUT ROWID;
CREATE TABLE trial_runs (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  app_id TEXT NOT NULL,
  target_key TEXT NOT NULL,
  started_at TEXT NOT NULL,
  scenario TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  status TEXT NOT NULL,
  verdict TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX trial_runs_by_app ON trial_runs (tenant_id, app_id, started_at DESC);
`;
