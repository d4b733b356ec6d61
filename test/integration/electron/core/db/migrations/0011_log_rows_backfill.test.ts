import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../../../electron/core/db/connection';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';
import type { ProvisioningObjectSummary } from '../../../../../../shared/graph/provisioning-log';
import { toStoredLog } from '../../../../../../shared/logs/log-row';
import { sample } from '../../workspace-fixture';
import { workspaceAt } from './migration-steps';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-m11-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A version-10 workspace holding rows as migration 2 carried them over: version-1 columns only, marked for the backfill. */
function versionTenWithCarriedRows(file: string, records: readonly ProvisioningObjectSummary[], unreadable: string[] = []): void {
  const db = workspaceAt(file, 10);
  const insertRow = db.prepare(`INSERT INTO provisioning_logs (id, tenant_id, activity_ms, status, action, source_name, needs_backfill) VALUES (?, 't', ?, ?, ?, ?, 1)`);
  const insertJson = db.prepare(`INSERT INTO provisioning_log_json (seq, json) VALUES (?, ?)`);
  for (const record of records) {
    const { lastInsertRowid } = insertRow.run(record.id, Date.parse(record.activityDateTime), record.provisioningStatusInfo.status, record.provisioningAction, record.sourceIdentity?.displayName ?? null);
    insertJson.run(lastInsertRowid, JSON.stringify(record));
  }
  for (const id of unreadable) insertJson.run(insertRow.run(id, 5, 'failure', 'other', 'kept').lastInsertRowid, '{"not":"a record"}');
  db.close();
}

const COLUMNS = `id, tenant_id AS tenantId, activity_ms AS activityMs, status, action, service_principal_id AS servicePrincipalId, app_name AS appName,
  job_id AS jobId, cycle_id AS cycleId, change_id AS changeId, duration_ms AS durationMs, source_id AS sourceId, source_name AS sourceName,
  source_type AS sourceType, target_id AS targetId, target_name AS targetName, source_system AS sourceSystem, target_system AS targetSystem,
  initiated_by AS initiatedBy, error_code AS errorCode, error_category AS errorCategory, reason, additional_details AS additionalDetails,
  recommended_action AS recommendedAction`;

describe('migration 11: carried-over rows filled in from their JSON', () => {
  it('fills every column, the step and property counts and the search text of the rows marked for it, and clears the mark', () => {
    const file = path.join(dir, 'w.sqlite');
    const records = sample().provisioningLogs.slice(0, 40);
    versionTenWithCarriedRows(file, records);
    const workspace = WorkspaceDb.open(file);
    try {
      expect(schemaVersion(workspace.db)).toBe(11);
      const rows = workspace.db.prepare(`SELECT ${COLUMNS} FROM provisioning_logs ORDER BY seq`).all();
      expect(rows).toEqual(records.map((r) => toStoredLog(r, 't').row));
      const counts = workspace.db.prepare('SELECT step_count AS steps, property_count AS properties, needs_backfill AS mark FROM provisioning_logs ORDER BY seq').all();
      expect(counts).toEqual(records.map((r) => ({ steps: r.provisioningSteps.length, properties: r.modifiedProperties.length, mark: 0 })));
      const entries = workspace.db.prepare('SELECT COUNT(*) FROM provisioning_logs_fts').pluck().get();
      expect(entries).toBe(40);
      const target = records[0]!.targetIdentity!.displayName!;
      expect(workspace.logReads.counts({ text: target }).total).toBe(records.filter((r) => r.targetIdentity?.displayName === target).length);
    } finally {
      workspace.close();
    }
  });

  it('clears the mark of a row whose JSON is not a record and leaves its columns as they were', () => {
    const file = path.join(dir, 'w.sqlite');
    versionTenWithCarriedRows(file, [], ['broken']);
    const workspace = WorkspaceDb.open(file);
    try {
      expect(workspace.db.prepare('SELECT id, activity_ms AS ms, status, action, source_name AS source, needs_backfill AS mark FROM provisioning_logs').all()).toEqual([
        { id: 'broken', ms: 5, status: 'failure', action: 'other', source: 'kept', mark: 0 },
      ]);
      expect(workspace.db.prepare('SELECT COUNT(*) FROM provisioning_logs_fts').pluck().get()).toBe(0);
    } finally {
      workspace.close();
    }
  });

  it('runs once: opening the workspace again rewrites nothing', () => {
    const file = path.join(dir, 'w.sqlite');
    versionTenWithCarriedRows(file, sample().provisioningLogs.slice(0, 3));
    WorkspaceDb.open(file).close();
    const marked = WorkspaceDb.open(file);
    marked.db.exec(`UPDATE provisioning_logs SET app_name = 'edited', needs_backfill = 1`);
    marked.close();
    const reopened = WorkspaceDb.open(file);
    try {
      expect(reopened.db.prepare('SELECT app_name AS app, needs_backfill AS mark FROM provisioning_logs').all()).toEqual(Array.from({ length: 3 }, () => ({ app: 'edited', mark: 1 })));
      expect(reopened.db.prepare('SELECT COUNT(*) FROM provisioning_logs_fts').pluck().get()).toBe(3);
    } finally {
      reopened.close();
    }
  });
});
