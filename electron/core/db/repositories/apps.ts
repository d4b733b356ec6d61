import type { Db } from '../connection';

export interface ServicePrincipalRow {
  id: string;
  app_id: string;
  display_name: string;
  fetched_at: string;
  json: string;
}

export interface AssignmentRow {
  id: string;
  principal_id: string;
  principal_type: string;
  principal_display_name: string | null;
  app_role_id: string;
  created_at: string | null;
  json: string;
}

export interface JobRow {
  id: string;
  template_id: string;
  status_code: string | null;
  json: string;
  schema_json: string | null;
}

export interface ServicePrincipalInput {
  id: string;
  appId: string;
  displayName: string;
  fetchedAt: string;
  json: string;
  assignments: Array<{ id: string; principalId: string; principalType: string; principalDisplayName: string | null; appRoleId: string; createdAt: string | null; json: string }>;
  jobs: Array<{ id: string; templateId: string; statusCode: string | null; json: string; schemaJson: string | null }>;
  templates: Array<{ id: string; json: string }>;
}

/** Enterprise apps (service principals) with their assignments, provisioning jobs and templates. */
export class AppsRepository {
  private readonly deleteStmt;
  private readonly insertStmt;
  private readonly insertAssignmentStmt;
  private readonly insertJobStmt;
  private readonly insertTemplateStmt;
  private readonly listStmt;
  private readonly searchStmt;
  private readonly getStmt;
  private readonly assignmentsStmt;
  private readonly jobsStmt;
  private readonly templatesStmt;

  constructor(db: Db) {
    this.deleteStmt = db.prepare(`DELETE FROM service_principals WHERE tenant_id = ? AND id = ?`);
    this.insertStmt = db.prepare(`
      INSERT INTO service_principals (tenant_id, id, app_id, display_name, fetched_at, json)
      VALUES (@tenantId, @id, @appId, @displayName, @fetchedAt, @json)`);
    this.insertAssignmentStmt = db.prepare(`
      INSERT INTO app_role_assignments (tenant_id, service_principal_id, id, principal_id, principal_type, principal_display_name, app_role_id, created_at, json)
      VALUES (@tenantId, @servicePrincipalId, @id, @principalId, @principalType, @principalDisplayName, @appRoleId, @createdAt, @json)`);
    this.insertJobStmt = db.prepare(`
      INSERT INTO sync_jobs (tenant_id, service_principal_id, id, template_id, status_code, json, schema_json)
      VALUES (@tenantId, @servicePrincipalId, @id, @templateId, @statusCode, @json, @schemaJson)`);
    this.insertTemplateStmt = db.prepare(`
      INSERT INTO sync_templates (tenant_id, service_principal_id, id, json) VALUES (@tenantId, @servicePrincipalId, @id, @json)`);
    const columns = `id, app_id, display_name, fetched_at, json`;
    this.listStmt = db.prepare(`SELECT ${columns} FROM service_principals WHERE tenant_id = ? ORDER BY display_name COLLATE NOCASE`);
    this.searchStmt = db.prepare(`
      SELECT ${columns} FROM service_principals
      WHERE tenant_id = @tenantId AND (instr(lower(display_name), lower(@search)) > 0 OR app_id = @search OR id = @search)
      ORDER BY display_name COLLATE NOCASE`);
    this.getStmt = db.prepare(`SELECT ${columns} FROM service_principals WHERE tenant_id = ? AND id = ?`);
    this.assignmentsStmt = db.prepare(`
      SELECT id, principal_id, principal_type, principal_display_name, app_role_id, created_at, json FROM app_role_assignments
      WHERE tenant_id = ? AND service_principal_id = ? ORDER BY principal_type DESC, principal_display_name COLLATE NOCASE, id`);
    this.jobsStmt = db.prepare(`
      SELECT id, template_id, status_code, json, schema_json FROM sync_jobs WHERE tenant_id = ? AND service_principal_id = ? ORDER BY id`);
    this.templatesStmt = db.prepare(`SELECT json FROM sync_templates WHERE tenant_id = ? AND service_principal_id = ? ORDER BY id`);
  }

  /** Replaces one app and everything hanging off it (the caller wraps this in a transaction). */
  replace(tenantId: string, app: ServicePrincipalInput): void {
    this.deleteStmt.run(tenantId, app.id);
    this.insertStmt.run({ tenantId, id: app.id, appId: app.appId, displayName: app.displayName, fetchedAt: app.fetchedAt, json: app.json });
    const servicePrincipalId = app.id;
    for (const a of app.assignments) this.insertAssignmentStmt.run({ tenantId, servicePrincipalId, ...a });
    for (const j of app.jobs) this.insertJobStmt.run({ tenantId, servicePrincipalId, ...j });
    for (const t of app.templates) this.insertTemplateStmt.run({ tenantId, servicePrincipalId, ...t });
  }

  list(tenantId: string, search?: string): ServicePrincipalRow[] {
    const term = search?.trim();
    if (term) return this.searchStmt.all({ tenantId, search: term }) as ServicePrincipalRow[];
    return this.listStmt.all(tenantId) as ServicePrincipalRow[];
  }

  get(tenantId: string, id: string): ServicePrincipalRow | undefined {
    return this.getStmt.get(tenantId, id) as ServicePrincipalRow | undefined;
  }

  assignments(tenantId: string, id: string): AssignmentRow[] {
    return this.assignmentsStmt.all(tenantId, id) as AssignmentRow[];
  }

  jobs(tenantId: string, id: string): JobRow[] {
    return this.jobsStmt.all(tenantId, id) as JobRow[];
  }

  templateJson(tenantId: string, id: string): string[] {
    return (this.templatesStmt.all(tenantId, id) as Array<{ json: string }>).map((row) => row.json);
  }
}
