import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../../../../../electron/core/db/connection';
import { MIGRATIONS } from '../../../../../../electron/core/db/migrations';
import type { ProvisioningObjectSummary } from '../../../../../../shared/graph/provisioning-log';
import { toStoredLog } from '../../../../../../shared/logs/log-row';

/** A workspace file as a release at `version` left it: migrations 1 to `version` applied, none after. */
export function workspaceAt(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  for (let next = 1; next <= version; next++) applyMigration(db, next);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  return db;
}

/** Applies the one migration numbered `version`, as the app does (its change, then the version). */
export function applyMigration(db: Database.Database, version: number): void {
  const migration = MIGRATIONS.find((m) => m.version === version)!;
  db.transaction(() => {
    if (typeof migration.up === 'string') db.exec(migration.up);
    else migration.up(db);
    db.pragma(`user_version = ${version}`);
  }).immediate();
}

export function tableNames(db: Database.Database): string[] {
  return db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name`).pluck().all() as string[];
}

export function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
}

/** The named indexes of a table (SQLite's own indexes for keys and UNIQUE left out), by name. */
export function indexNames(db: Database.Database, table: string): string[] {
  return db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all(table) as string[];
}

/**
 * Stores records as releases 2 to 10 could hold them: the row with its columns, the JSON in
 * provisioning_log_json (no block) and the record's own full-text entry. Returns their seqs.
 */
export function storeRecordsWithoutBlocks(db: Database.Database, records: readonly ProvisioningObjectSummary[]): number[] {
  const insertRow = db.prepare(`INSERT INTO provisioning_logs (id, tenant_id, activity_ms, status, action, service_principal_id, app_name, source_id,
    source_name, target_id, target_name, error_code, reason, step_count, property_count, origin)
    VALUES (@id, @tenantId, @activityMs, @status, @action, @servicePrincipalId, @appName, @sourceId, @sourceName, @targetId, @targetName, @errorCode,
    @reason, @stepCount, @propertyCount, 'file')`);
  const insertJson = db.prepare(`INSERT INTO provisioning_log_json (seq, json) VALUES (?, ?)`);
  const insertFts = db.prepare(`INSERT INTO provisioning_logs_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
  return db.transaction(() =>
    records.map((record) => {
      const stored = toStoredLog(record, 't');
      const { row, search } = stored;
      const seq = Number(
        insertRow.run({
          id: row.id, tenantId: row.tenantId, activityMs: row.activityMs, status: row.status, action: row.action, servicePrincipalId: row.servicePrincipalId,
          appName: row.appName, sourceId: row.sourceId, sourceName: row.sourceName, targetId: row.targetId, targetName: row.targetName,
          errorCode: row.errorCode, reason: row.reason, stepCount: stored.stepCount, propertyCount: stored.propertyCount,
        }).lastInsertRowid,
      );
      insertJson.run(seq, JSON.stringify(record));
      insertFts.run(seq, search.identities, search.errorCode, search.reason, search.descriptions);
      return seq;
    }),
  )();
}
