import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigration, indexNames, tableNames, workspaceAt } from './migration-steps';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-m6-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 6: text sets shared per batch', () => {
  it('drops the digest table and keeps the text sets\u2019 full-text entries and the rows pointing at them', () => {
    const db = workspaceAt(path.join(dir, 'w.sqlite'), 5);
    try {
      db.exec(`
        INSERT INTO provisioning_log_text_sets (id, digest) VALUES (7, x'00ff');
        INSERT INTO provisioning_log_text_sets_fts (rowid, identities, error_code, reason, descriptions) VALUES (7, 'alice@contoso.com', 'EntryConflict', 'already exists', '');
        INSERT INTO provisioning_logs (id, activity_ms, status, action, text_set_id) VALUES ('r1', 1, 'failure', 'create', 7);
      `);
      applyMigration(db, 6);
      expect(tableNames(db).filter((name) => name.startsWith('provisioning_log_text_sets'))).toEqual(['provisioning_log_text_sets_fts']);
      expect(indexNames(db, 'provisioning_logs')).toContain('provisioning_logs_text_set');
      expect(db.prepare('SELECT id, text_set_id AS textSet FROM provisioning_logs').all()).toEqual([{ id: 'r1', textSet: 7 }]);
      expect(db.prepare(`SELECT rowid FROM provisioning_log_text_sets_fts WHERE provisioning_log_text_sets_fts MATCH 'EntryConflict'`).pluck().all()).toEqual([7]);
    } finally {
      db.close();
    }
  });
});
