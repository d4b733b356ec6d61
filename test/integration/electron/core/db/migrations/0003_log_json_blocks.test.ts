import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';
import { sample } from '../../workspace-fixture';
import { applyMigration, columnNames, indexNames, storeRecordsWithoutBlocks, tableNames, workspaceAt } from './migration-steps';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-m3-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 3: JSON in compressed blocks', () => {
  it('adds the block table and the row pointers, and drops the step and property tables and the identity indexes', () => {
    const db = workspaceAt(path.join(dir, 'w.sqlite'), 2);
    try {
      expect(tableNames(db)).toContain('provisioning_log_steps');
      applyMigration(db, 3);
      expect(columnNames(db, 'provisioning_log_blocks')).toEqual(['id', 'codec', 'data']);
      expect(columnNames(db, 'provisioning_logs').slice(-3)).toEqual(['needs_backfill', 'json_block', 'json_line']);
      expect(tableNames(db).filter((name) => name.startsWith('provisioning_log'))).toEqual([
        'provisioning_log_blocks', 'provisioning_log_imports', 'provisioning_log_json', 'provisioning_logs', 'provisioning_logs_fts',
      ]);
      expect(indexNames(db, 'provisioning_logs')).toEqual([
        'provisioning_logs_action_time', 'provisioning_logs_app_status_time', 'provisioning_logs_backfill', 'provisioning_logs_change', 'provisioning_logs_cycle',
        'provisioning_logs_error', 'provisioning_logs_id', 'provisioning_logs_job', 'provisioning_logs_status_time', 'provisioning_logs_time',
      ]);
    } finally {
      db.close();
    }
  });

  it('records stored before keep their JSON in the per-record table, and read back whole', () => {
    const file = path.join(dir, 'w.sqlite');
    const records = sample().provisioningLogs.slice(0, 20);
    const db = workspaceAt(file, 2);
    const seqs = storeRecordsWithoutBlocks(db, records);
    applyMigration(db, 3);
    expect(db.prepare('SELECT seq, json_block AS block, json_line AS line FROM provisioning_logs ORDER BY seq').all()).toEqual(
      seqs.map((seq) => ({ seq, block: null, line: null })),
    );
    expect(db.prepare('SELECT COUNT(*) FROM provisioning_log_json').pluck().get()).toBe(20);
    db.close();
    const workspace = WorkspaceDb.open(file);
    try {
      for (const record of records) expect(JSON.parse(workspace.logReads.detail(record.id)!.json)).toEqual(JSON.parse(JSON.stringify(record)));
    } finally {
      workspace.close();
    }
  });
});
