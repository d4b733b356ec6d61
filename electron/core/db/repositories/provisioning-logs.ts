import { AppError } from '../../../../shared/errors';
import type { FlatLog, LogOrigin } from '../../../../shared/logs/log-row';
import { flattenRecord } from '../../../../shared/logs/log-row';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';
import type { Db } from '../connection';

/** What the snapshot import hands over: a record's id and JSON (the other fields are derived again here). */
export interface ProvisioningLogInput {
  id: string;
  json: string;
  [column: string]: unknown;
}

const ORIGIN_OF_TENANT_SOURCE: Record<string, LogOrigin> = { sample: 'sample', graph: 'graph', file: 'file' };

/**
 * Writes provisioning-log records: the flat row, its steps and modified properties, its JSON and
 * its full-text entry. Inserting a known id is a no-op (idempotent imports).
 */
export class ProvisioningLogsRepository {
  private readonly insertRow;
  private readonly insertJson;
  private readonly insertStep;
  private readonly insertProperty;
  private readonly insertFts;
  private readonly countStmt;
  private readonly countByAppStmt;
  private readonly jsonStmt;
  private readonly jsonByAppStmt;
  private readonly tenantSourceStmt;
  /** A tenant's source never changes within one import; asked once per tenant. */
  private readonly originByTenant = new Map<string, LogOrigin>();

  constructor(private readonly db: Db) {
    this.insertRow = db.prepare(`
      INSERT INTO provisioning_logs (id, tenant_id, activity_ms, status, action, service_principal_id, app_name, job_id, cycle_id,
        change_id, duration_ms, source_id, source_name, source_type, target_id, target_name, source_system, target_system,
        initiated_by, error_code, error_category, reason, additional_details, recommended_action, step_count, property_count, origin)
      VALUES (@id, @tenantId, @activityMs, @status, @action, @servicePrincipalId, @appName, @jobId, @cycleId,
        @changeId, @durationMs, @sourceId, @sourceName, @sourceType, @targetId, @targetName, @sourceSystem, @targetSystem,
        @initiatedBy, @errorCode, @errorCategory, @reason, @additionalDetails, @recommendedAction, @stepCount, @propertyCount, @origin)
      ON CONFLICT (id) DO NOTHING`);
    this.insertJson = db.prepare(`INSERT INTO provisioning_log_json (seq, json) VALUES (?, ?)`);
    this.insertStep = db.prepare(
      `INSERT INTO provisioning_log_steps (seq, position, name, step_type, status, description, details_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertProperty = db.prepare(`INSERT INTO provisioning_log_properties (seq, position, name, old_value, new_value) VALUES (?, ?, ?, ?, ?)`);
    this.insertFts = db.prepare(`INSERT INTO provisioning_logs_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
    this.countStmt = db.prepare(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE tenant_id = ?`);
    this.countByAppStmt = db.prepare(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE tenant_id = ? AND service_principal_id = ?`);
    this.jsonStmt = db.prepare(
      `SELECT j.json FROM provisioning_logs AS l JOIN provisioning_log_json AS j USING (seq) WHERE l.tenant_id = ? ORDER BY l.activity_ms, l.id`,
    );
    this.jsonByAppStmt = db.prepare(
      `SELECT j.json FROM provisioning_logs AS l JOIN provisioning_log_json AS j USING (seq)
       WHERE l.tenant_id = ? AND l.service_principal_id = ? ORDER BY l.activity_ms, l.id`,
    );
    this.tenantSourceStmt = db.prepare(`SELECT source FROM tenants WHERE id = ?`);
    this.backfill();
  }

  /**
   * Tunes the connection for a long import: a larger page cache (twelve indexes are updated per
   * record) and WAL checkpoints every 64 MB instead of every 4 MB, so hot index pages are not
   * copied back after every batch. Returns the function that restores the settings and checkpoints.
   */
  bulkMode(): () => void {
    if (this.db.readonly) return () => undefined;
    const cache = this.db.pragma('cache_size', { simple: true }) as number;
    const autocheckpoint = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    this.db.pragma('cache_size = -131072');
    this.db.pragma('wal_autocheckpoint = 16384');
    return () => {
      this.db.pragma(`cache_size = ${Number(cache)}`);
      this.db.pragma(`wal_autocheckpoint = ${Number(autocheckpoint)}`);
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    };
  }

  /** Stores one flattened record with its JSON; returns false when its id was already stored. */
  add(flat: FlatLog, json: string, origin: LogOrigin): boolean {
    const { row } = flat;
    const result = this.insertRow.run({ ...row, stepCount: flat.steps.length, propertyCount: flat.properties.length, origin });
    if (result.changes !== 1) return false;
    this.writeChildren(Number(result.lastInsertRowid), flat, json);
    return true;
  }

  /**
   * The snapshot import's entry point: derives every column from the record's JSON. A record the
   * log store cannot read throws, so the surrounding transaction (the whole snapshot) rolls back.
   */
  insert(tenantId: string, record: ProvisioningLogInput): boolean {
    const normalized = normalizeRecord(JSON.parse(record.json));
    if (!normalized.ok) throw new AppError('INVALID_SNAPSHOT', `A provisioning-log record cannot be stored: ${normalized.reason}.`);
    let origin = this.originByTenant.get(tenantId);
    if (!origin) {
      const source = (this.tenantSourceStmt.get(tenantId) as { source: string } | undefined)?.source ?? 'file';
      origin = ORIGIN_OF_TENANT_SOURCE[source] ?? 'file';
      this.originByTenant.set(tenantId, origin);
    }
    return this.add(flattenRecord(normalized.record, tenantId), record.json, origin);
  }

  count(tenantId: string, servicePrincipalId?: string): number {
    const row = servicePrincipalId ? this.countByAppStmt.get(tenantId, servicePrincipalId) : this.countStmt.get(tenantId);
    return (row as { n: number }).n;
  }

  /** Every record of a tenant (or one app) in Graph's v1.0 shape, oldest first. */
  allJson(tenantId: string, servicePrincipalId?: string): string[] {
    const rows = servicePrincipalId ? this.jsonByAppStmt.all(tenantId, servicePrincipalId) : this.jsonStmt.all(tenantId);
    return (rows as Array<{ json: string }>).map(({ json }) => {
      const normalized = normalizeRecord(JSON.parse(json));
      return normalized.ok && normalized.renamed ? JSON.stringify(normalized.record) : json;
    });
  }

  private writeChildren(seq: number, flat: FlatLog, json: string): void {
    this.insertJson.run(seq, json);
    flat.steps.forEach((s, i) => this.insertStep.run(seq, i, s.name, s.stepType, s.status, s.description, s.detailsJson));
    flat.properties.forEach((p, i) => this.insertProperty.run(seq, i, p.name, p.oldValue, p.newValue));
    const { identities, errorCode, reason, descriptions } = flat.search;
    this.insertFts.run(seq, identities, errorCode, reason, descriptions);
  }

  /** Rows carried over from the version-1 table get their columns, steps and search text from their JSON, once. */
  private backfill(): void {
    if (this.db.readonly) return;
    const pending = this.db.prepare(`SELECT l.seq, l.tenant_id AS tenantId, j.json FROM provisioning_logs AS l JOIN provisioning_log_json AS j USING (seq) WHERE l.needs_backfill = 1`);
    const first = this.db.prepare(`SELECT 1 FROM provisioning_logs WHERE needs_backfill = 1 LIMIT 1`).get();
    if (!first) return;
    const update = this.db.prepare(`
      UPDATE provisioning_logs SET activity_ms = @activityMs, status = @status, action = @action, service_principal_id = @servicePrincipalId,
        app_name = @appName, job_id = @jobId, cycle_id = @cycleId, change_id = @changeId, duration_ms = @durationMs, source_id = @sourceId,
        source_name = @sourceName, source_type = @sourceType, target_id = @targetId, target_name = @targetName, source_system = @sourceSystem,
        target_system = @targetSystem, initiated_by = @initiatedBy, error_code = @errorCode, error_category = @errorCategory, reason = @reason,
        additional_details = @additionalDetails, recommended_action = @recommendedAction, step_count = @stepCount, property_count = @propertyCount,
        needs_backfill = 0
      WHERE seq = @seq`);
    const clear = this.db.prepare(`UPDATE provisioning_logs SET needs_backfill = 0 WHERE seq = ?`);
    const rows = pending.all() as Array<{ seq: number; tenantId: string; json: string }>;
    this.db.transaction(() => {
      for (const { seq, tenantId, json } of rows) {
        const normalized = normalizeRecord(JSON.parse(json));
        if (!normalized.ok) {
          clear.run(seq);
          continue;
        }
        const flat = flattenRecord(normalized.record, tenantId);
        const { id: _id, tenantId: _tenant, ...columns } = flat.row;
        void _id;
        void _tenant;
        update.run({ ...columns, seq, stepCount: flat.steps.length, propertyCount: flat.properties.length });
        flat.steps.forEach((s, i) => this.insertStep.run(seq, i, s.name, s.stepType, s.status, s.description, s.detailsJson));
        flat.properties.forEach((p, i) => this.insertProperty.run(seq, i, p.name, p.oldValue, p.newValue));
        const { identities, errorCode, reason, descriptions } = flat.search;
        this.insertFts.run(seq, identities, errorCode, reason, descriptions);
      }
    }).immediate();
  }
}
