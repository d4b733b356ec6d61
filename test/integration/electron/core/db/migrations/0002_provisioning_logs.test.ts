import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, schemaVersion } from '../../../../../../electron/core/db/connection';
import * as m0001 from '../../../../../../electron/core/db/migrations/0001_workspace';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';
import { sample } from '../../workspace-fixture';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-m2-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workspace as version 1 left it, holding some of the sample's records in the old table. */
function versionOneWorkspace(file: string, count: number) {
  const raw = new Database(file);
  raw.exec(m0001.up);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma('user_version = 1');
  const snapshot = sample();
  raw.prepare(`INSERT INTO tenants (id, display_name, source, fetched_at, json) VALUES (?, 'Contoso', 'sample', '2026-11-20', '{}')`).run(snapshot.tenant.id);
  const insert = raw.prepare(`INSERT INTO provisioning_logs (tenant_id, id, activity_at, status, action, service_principal_id, job_id, cycle_id,
    change_id, source_id, source_name, target_id, error_code, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const records = snapshot.provisioningLogs.slice(0, count);
  for (const r of records) {
    insert.run(snapshot.tenant.id, r.id, r.activityDateTime, r.provisioningStatusInfo.status, r.provisioningAction, r.servicePrincipal?.id ?? null,
      r.jobId ?? null, r.cycleId ?? null, r.changeId ?? null, r.sourceIdentity?.id ?? null, r.sourceIdentity?.displayName ?? null,
      r.targetIdentity?.id ?? null, r.provisioningStatusInfo.errorInformation?.errorCode ?? null, JSON.stringify(r));
  }
  raw.close();
  return records;
}

describe('migration 2: provisioning-log store', () => {
  it('carries every version-1 record over with its columns, steps, properties and search text', () => {
    const file = path.join(dir, 'w.sqlite');
    const records = versionOneWorkspace(file, 300);
    const workspace = WorkspaceDb.open(file);
    try {
      expect(schemaVersion(workspace.db)).toBeGreaterThanOrEqual(2);
      const n = (sql: string) => (workspace.db.prepare(sql).get() as { n: number }).n;
      expect(n('SELECT COUNT(*) AS n FROM provisioning_logs')).toBe(records.length);
      expect(n('SELECT COUNT(*) AS n FROM provisioning_logs WHERE needs_backfill = 1')).toBe(0);
      expect(n(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'provisioning_logs_v1'`)).toBe(0);
      expect(n('SELECT SUM(step_count) AS n FROM provisioning_logs')).toBe(records.reduce((sum, r) => sum + r.provisioningSteps.length, 0));
      expect(n('SELECT SUM(property_count) AS n FROM provisioning_logs')).toBe(records.reduce((sum, r) => sum + r.modifiedProperties.length, 0));
      for (const r of records) expect(workspace.logReads.detail(r.id)!.modifiedProperties).toHaveLength(r.modifiedProperties.length);
      const failed = records.find((r) => r.provisioningStatusInfo.errorInformation?.errorCode)!;
      const detail = workspace.logReads.detail(failed.id)!;
      expect(detail.item).toMatchObject({
        activityDateTime: new Date(failed.activityDateTime).toISOString(),
        status: 'failure',
        appName: failed.servicePrincipal?.displayName,
        errorCode: failed.provisioningStatusInfo.errorInformation?.errorCode,
        origin: 'sample',
      });
      expect(detail.steps.map((s) => s.name)).toEqual(failed.provisioningSteps.map((s) => s.name));
      expect(JSON.parse(detail.json)).toEqual(JSON.parse(JSON.stringify(failed)));
      const code = failed.provisioningStatusInfo.errorInformation!.errorCode!;
      expect(workspace.logReads.counts({ text: code }).total).toBe(records.filter((r) => r.provisioningStatusInfo.errorInformation?.errorCode === code).length);
      // Carried-over records keep their step descriptions in their own full-text entry (not in a text set, see migration 5).
      const retrieved = records.filter((r) => r.provisioningSteps.some((s) => /\bRetrieved\b/i.test(s.description ?? ''))).length;
      expect(retrieved).toBeGreaterThan(0);
      expect(workspace.logReads.counts({ text: 'retrieved' }).total).toBe(retrieved);
    } finally {
      workspace.close();
    }
  });

  it('migrates an empty version-1 workspace', () => {
    const file = path.join(dir, 'empty.sqlite');
    versionOneWorkspace(file, 0);
    const workspace = WorkspaceDb.open(file);
    expect(workspace.logReads.counts({}).total).toBe(0);
    workspace.close();
  });
});
