import type Database from 'better-sqlite3';
import { toStoredLog } from '../../../../shared/logs/log-row';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';

/**
 * Rows carried over from the version-1 table (migration 2 marks them `needs_backfill`) get their
 * columns and their own full-text entry from their JSON. That takes the record normalizer, not SQL,
 * so this migration is code. A record that cannot be read keeps the columns migration 2 gave it.
 */
export function up(db: Database.Database): void {
  const pending = db.prepare(`SELECT l.seq, l.tenant_id AS tenantId, j.json FROM provisioning_logs AS l JOIN provisioning_log_json AS j USING (seq) WHERE l.needs_backfill = 1`);
  const update = db.prepare(`
    UPDATE provisioning_logs SET activity_ms = @activityMs, status = @status, action = @action, service_principal_id = @servicePrincipalId,
      app_name = @appName, job_id = @jobId, cycle_id = @cycleId, change_id = @changeId, duration_ms = @durationMs, source_id = @sourceId,
      source_name = @sourceName, source_type = @sourceType, target_id = @targetId, target_name = @targetName, source_system = @sourceSystem,
      target_system = @targetSystem, initiated_by = @initiatedBy, error_code = @errorCode, error_category = @errorCategory, reason = @reason,
      additional_details = @additionalDetails, recommended_action = @recommendedAction, step_count = @stepCount, property_count = @propertyCount,
      needs_backfill = 0
    WHERE seq = @seq`);
  const clear = db.prepare(`UPDATE provisioning_logs SET needs_backfill = 0 WHERE seq = ?`);
  const insertFts = db.prepare(`INSERT INTO provisioning_logs_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
  for (const { seq, tenantId, json } of pending.all() as Array<{ seq: number; tenantId: string; json: string }>) {
    const normalized = normalizeRecord(JSON.parse(json));
    if (!normalized.ok) {
      clear.run(seq);
      continue;
    }
    const stored = toStoredLog(normalized.record, tenantId);
    const { id: _id, tenantId: _tenant, ...columns } = stored.row;
    update.run({ ...columns, seq, stepCount: stored.stepCount, propertyCount: stored.propertyCount });
    const { identities, errorCode, reason, descriptions } = stored.search;
    insertFts.run(seq, identities, errorCode, reason, descriptions);
  }
}
