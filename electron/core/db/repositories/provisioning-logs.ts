import type { Db } from '../connection';

export interface ProvisioningLogInput {
  id: string;
  activityAt: string;
  status: string | null;
  action: string | null;
  servicePrincipalId: string | null;
  jobId: string | null;
  cycleId: string | null;
  changeId: string | null;
  sourceId: string | null;
  sourceName: string | null;
  targetId: string | null;
  errorCode: string | null;
  json: string;
}

/** Provisioning-log records kept with their original JSON. Inserting a known id is a no-op. */
export class ProvisioningLogsRepository {
  private readonly insertStmt;
  private readonly countStmt;
  private readonly countByAppStmt;
  private readonly jsonStmt;
  private readonly jsonByAppStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(`
      INSERT INTO provisioning_logs (tenant_id, id, activity_at, status, action, service_principal_id, job_id,
        cycle_id, change_id, source_id, source_name, target_id, error_code, json)
      VALUES (@tenantId, @id, @activityAt, @status, @action, @servicePrincipalId, @jobId, @cycleId, @changeId,
        @sourceId, @sourceName, @targetId, @errorCode, @json)
      ON CONFLICT (tenant_id, id) DO NOTHING`);
    this.countStmt = db.prepare(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE tenant_id = ?`);
    this.countByAppStmt = db.prepare(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE tenant_id = ? AND service_principal_id = ?`);
    this.jsonStmt = db.prepare(`SELECT json FROM provisioning_logs WHERE tenant_id = ? ORDER BY activity_at, id`);
    this.jsonByAppStmt = db.prepare(
      `SELECT json FROM provisioning_logs WHERE tenant_id = ? AND service_principal_id = ? ORDER BY activity_at, id`,
    );
  }

  /** Returns true when the record was new. */
  insert(tenantId: string, record: ProvisioningLogInput): boolean {
    return this.insertStmt.run({ tenantId, ...record }).changes === 1;
  }

  count(tenantId: string, servicePrincipalId?: string): number {
    const row = servicePrincipalId ? this.countByAppStmt.get(tenantId, servicePrincipalId) : this.countStmt.get(tenantId);
    return (row as { n: number }).n;
  }

  allJson(tenantId: string, servicePrincipalId?: string): string[] {
    const rows = servicePrincipalId ? this.jsonByAppStmt.all(tenantId, servicePrincipalId) : this.jsonStmt.all(tenantId);
    return (rows as Array<{ json: string }>).map((row) => row.json);
  }
}
