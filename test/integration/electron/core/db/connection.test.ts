import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { APPLICATION_ID, openWorkspaceDb, schemaVersion } from '../../../../../electron/core/db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../../../../electron/core/db/migrations';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-db-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectAppError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error('expected an AppError');
}

describe('openWorkspaceDb', () => {
  it('creates a WAL database at the latest schema, marked as ours', () => {
    const db = openWorkspaceDb(path.join(dir, 'w.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is idempotent: reopening applies nothing twice', () => {
    const file = path.join(dir, 'w.sqlite');
    openWorkspaceDb(file).close();
    const db = openWorkspaceDb(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = path.join(dir, 'newer.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = fs.readFileSync(file);
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_TOO_NEW', /newer Provisioning Workbench.*Nothing was changed/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a SQLite database and does not delete it', () => {
    const file = path.join(dir, 'corrupt.sqlite');
    fs.writeFileSync(file, 'this is not a database, just some text that is long enough to have a header'.repeat(20));
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_CORRUPT', /damaged or is not a SQLite database/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it("refuses another application's SQLite database", () => {
    const file = path.join(dir, 'other.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 1234');
    raw.close();
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_CORRUPT', /another application/);
  });
});

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001 creates the tenant cache tables with cascading deletes', () => {
    const db = openWorkspaceDb(':memory:');
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['tenants', 'users', 'groups', 'group_members', 'service_principals', 'app_role_assignments', 'sync_jobs', 'sync_templates', 'provisioning_logs']),
    );
    db.prepare(`INSERT INTO tenants (id, display_name, source, fetched_at, json) VALUES ('t', 'T', 'file', 'now', '{}')`).run();
    db.prepare(`INSERT INTO users (tenant_id, id, display_name, json) VALUES ('t', 'u', 'U', '{}')`).run();
    db.prepare(`DELETE FROM tenants WHERE id = 't'`).run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a failing migration leaves the database at its previous version', () => {
    const file = path.join(dir, 'w.sqlite');
    openWorkspaceDb(file).close();
    const raw = new Database(file);
    expect(() => raw.transaction(() => {
      raw.exec('CREATE TABLE half_done (x)');
      raw.exec('THIS IS NOT SQL');
    })()).toThrow();
    expect(raw.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
    raw.close();
  });
});

describe('openWorkspaceDb refuses files that are not ours, before changing them (issue 15)', () => {
  it('creates the file 0600 in a 0700 folder, and its WAL with the same mode', () => {
    const file = path.join(dir, 'private', 'w.sqlite');
    const db = openWorkspaceDb(file);
    expect(db.prepare('SELECT count(*) AS n FROM tenants').get()).toEqual({ n: 0 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(file + '-wal').mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    db.close();
  });

  it("refuses another application's database without an application_id, untouched and still in its journal mode", () => {
    const file = path.join(dir, 'places.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES (\'https://example.com\')');
    raw.close();
    const before = fs.readFileSync(file);
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_CORRUPT', /another application .*left untouched: move it aside/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('leaves a foreign application_id file byte-for-byte as it was', () => {
    const file = path.join(dir, 'foreign.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 1234');
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const before = fs.readFileSync(file);
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_CORRUPT', /application_id 1234/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a zero-byte workspace, naming the path and what to do, and does not replace it', () => {
    const file = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_CORRUPT', new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is empty \\(0 bytes\\).*move it aside`));
    expect(fs.statSync(file).size).toBe(0);
  });

  it('refuses a SQLite file whose schema page is damaged, naming the path', () => {
    const file = path.join(dir, 'damaged.sqlite');
    openWorkspaceDb(file).close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xff, 100, 4096);
    fs.writeFileSync(file, bytes);
    expectAppError(() => openWorkspaceDb(file), 'WORKSPACE_CORRUPT', /damaged or is not a SQLite database.*move it aside/);
  });
});
