/** The tenant cache: what was read from Graph or imported from a snapshot, each row with its Graph JSON. */
export const up = /* sql */ `
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  default_domain TEXT,
  source TEXT NOT NULL CHECK (source IN ('sample', 'graph', 'file')),
  fetched_at TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE users (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  user_principal_name TEXT,
  account_enabled INTEGER,
  deleted_at TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE groups (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE group_members (
  tenant_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  member_type TEXT NOT NULL,
  PRIMARY KEY (tenant_id, group_id, member_id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES groups(tenant_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX group_members_by_member ON group_members (tenant_id, member_id);

CREATE TABLE service_principals (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  app_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE app_role_assignments (
  tenant_id TEXT NOT NULL,
  service_principal_id TEXT NOT NULL,
  id TEXT NOT NULL,
  principal_id TEXT NOT NULL,
  principal_type TEXT NOT NULL,
  principal_display_name TEXT,
  app_role_id TEXT NOT NULL,
  created_at TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (tenant_id, service_principal_id, id),
  FOREIGN KEY (tenant_id, service_principal_id) REFERENCES service_principals(tenant_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE sync_jobs (
  tenant_id TEXT NOT NULL,
  service_principal_id TEXT NOT NULL,
  id TEXT NOT NULL,
  template_id TEXT NOT NULL,
  status_code TEXT,
  json TEXT NOT NULL,
  schema_json TEXT,
  PRIMARY KEY (tenant_id, service_principal_id, id),
  FOREIGN KEY (tenant_id, service_principal_id) REFERENCES service_principals(tenant_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE sync_templates (
  tenant_id TEXT NOT NULL,
  service_principal_id TEXT NOT NULL,
  id TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (tenant_id, service_principal_id, id),
  FOREIGN KEY (tenant_id, service_principal_id) REFERENCES service_principals(tenant_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE provisioning_logs (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  activity_at TEXT NOT NULL,
  status TEXT,
  action TEXT,
  service_principal_id TEXT,
  job_id TEXT,
  cycle_id TEXT,
  change_id TEXT,
  source_id TEXT,
  source_name TEXT,
  target_id TEXT,
  error_code TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX provisioning_logs_by_app_time ON provisioning_logs (tenant_id, service_principal_id, activity_at);
CREATE INDEX provisioning_logs_by_time ON provisioning_logs (tenant_id, activity_at);
`;
