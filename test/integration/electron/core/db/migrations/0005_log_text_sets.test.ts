import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../../../../../electron/core/db/workspace-db';
import { sample } from '../../workspace-fixture';
import { applyMigration, columnNames, indexNames, storeRecordsWithoutBlocks, tableNames, workspaceAt } from './migration-steps';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-m5-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 5: text sets', () => {
  it('adds the text-set table (unique digests), its full-text index and the rows\u2019 text_set_id with its partial index', () => {
    const db = workspaceAt(path.join(dir, 'w.sqlite'), 4);
    try {
      applyMigration(db, 5);
      expect(tableNames(db).filter((name) => name.startsWith('provisioning_log_text_sets'))).toEqual(['provisioning_log_text_sets', 'provisioning_log_text_sets_fts']);
      expect(columnNames(db, 'provisioning_log_text_sets')).toEqual(['id', 'digest']);
      expect(db.prepare(`SELECT "unique" FROM pragma_index_list('provisioning_log_text_sets')`).pluck().all()).toEqual([1]);
      expect(columnNames(db, 'provisioning_log_text_sets_fts')).toEqual(['identities', 'error_code', 'reason', 'descriptions']);
      expect(columnNames(db, 'provisioning_logs').at(-1)).toBe('text_set_id');
      expect(indexNames(db, 'provisioning_logs')).toContain('provisioning_logs_text_set');
      expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'provisioning_logs_text_set'`).pluck().get()).toBe(
        'CREATE INDEX provisioning_logs_text_set ON provisioning_logs (text_set_id) WHERE text_set_id IS NOT NULL',
      );
    } finally {
      db.close();
    }
  });

  it('records stored before keep no text set and are still found through their own full-text entry', () => {
    const file = path.join(dir, 'w.sqlite');
    const records = sample().provisioningLogs.slice(0, 50);
    const db = workspaceAt(file, 4);
    storeRecordsWithoutBlocks(db, records);
    applyMigration(db, 5);
    expect(db.prepare('SELECT COUNT(*) FROM provisioning_logs WHERE text_set_id IS NULL').pluck().get()).toBe(50);
    db.close();
    const workspace = WorkspaceDb.open(file);
    try {
      const name = records[0]!.sourceIdentity!.displayName!;
      const expected = records.filter((r) => [r.sourceIdentity?.displayName, r.targetIdentity?.displayName].some((n) => n?.includes(name))).length;
      expect(expected).toBe(5);
      expect(workspace.logReads.counts({ text: name }).total).toBe(expected);
      expect(workspace.logReads.counts({}).total).toBe(50);
    } finally {
      workspace.close();
    }
  });
});
