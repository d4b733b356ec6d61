import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Logger } from '../logger';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** 'PWB1': marks a SQLite file as a Provisioning Workbench workspace. */
export const APPLICATION_ID = 0x50574231;
const SLOW_STATEMENT_MS = 200;

export interface OpenOptions {
  logger?: Logger;
  /** Path to a better-sqlite3 native binding built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** A kind of database this app writes: its own application_id, migrations and name in messages. */
export interface DbKind {
  applicationId: number;
  migrations: readonly Migration[];
  /** "workspace", "SCIM store": how error messages name the file. */
  noun: string;
  /** Page size for a new file (SQLite's default is 4096). */
  pageSize?: number;
}

// 16 KB pages: a million-record log store has shallower B-trees and writes a quarter of the WAL frames.
const WORKSPACE_KIND: DbKind = { applicationId: APPLICATION_ID, migrations: MIGRATIONS, noun: 'workspace', pageSize: 16384 };

/**
 * Opens (creating if needed) a workspace database and brings its schema up to date. A file that is
 * not a SQLite database, belongs to another application, or was written by a newer version is
 * refused with a clear error and never modified or deleted.
 */
export function openWorkspaceDb(file: string, options: OpenOptions = {}): Db {
  return openAppDb(file, WORKSPACE_KIND, options);
}

/** openWorkspaceDb for any kind of database (the local SCIM endpoint keeps its own file). */
export function openAppDb(file: string, kind: DbKind, options: OpenOptions = {}): Db {
  const created = file !== ':memory:' && !options.readonly && createPrivateFile(file, kind);
  if (file !== ':memory:' && !created) checkNotEmpty(file, kind);
  let db: Db;
  try {
    db = new Database(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    });
  } catch (error) {
    throw new AppError('WORKSPACE_CORRUPT', `Cannot open the ${kind.noun} ${file}: ${(error as Error).message}. It was left untouched.`);
  }
  try {
    // Every check comes before any pragma that writes, so a refused file is left byte-for-byte as it was.
    checkIdentity(db, file, kind);
    assertNotNewer(db, file, kind);
    if (!options.readonly) {
      // Only takes effect on a file that has no pages yet.
      if (kind.pageSize && schemaVersion(db) === 0) db.pragma(`page_size = ${kind.pageSize}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, kind, options.logger);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates a new database file readable only by this user (0600, its folder 0700 when made here);
 * SQLite gives the -wal and -shm files the same mode. Returns false when the file already exists.
 */
function createPrivateFile(file: string, kind: DbKind): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new AppError('IO_ERROR', `Cannot create the ${kind.noun} ${file}: ${(error as Error).message}.`);
  }
}

/** A zero-byte file we did not just create is not a fresh database: something truncated it. */
function checkNotEmpty(file: string, kind: DbKind): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return; // missing (readonly open): better-sqlite3 says so
  }
  if (size === 0) {
    throw new AppError(
      'WORKSPACE_CORRUPT',
      `The ${kind.noun} ${file} is empty (0 bytes), so its data is gone or it was never written. It was left untouched: move it aside to start a new ${kind.noun}, or restore it from a backup.`,
    );
  }
}

function checkIdentity(db: Db, file: string, kind: DbKind): void {
  let applicationId: number;
  let objects: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    // Reads the schema page: a damaged file fails here rather than halfway through a migration.
    objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  } catch (error) {
    throw new AppError(
      'WORKSPACE_CORRUPT',
      `The ${kind.noun} ${file} is damaged or is not a SQLite database (${(error as Error).message}). ` +
        'It was left untouched: move it aside, or choose another folder with --data-dir.',
    );
  }
  if (applicationId !== 0 && applicationId !== kind.applicationId) {
    throw new AppError(
      'WORKSPACE_CORRUPT',
      `${file} is a SQLite database of another application (application_id ${applicationId}), not a Provisioning Workbench ${kind.noun}. It was left untouched: move it aside, or choose another folder with --data-dir.`,
    );
  }
  // Our migrations set application_id in the transaction that creates the first table, so tables
  // without it belong to someone else.
  if (applicationId === 0 && objects > 0) {
    throw new AppError(
      'WORKSPACE_CORRUPT',
      `${file} is a SQLite database of another application (it has tables but no Provisioning Workbench mark), not a ${kind.noun}. It was left untouched: move it aside, or choose another folder with --data-dir.`,
    );
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertNotNewer(db: Db, file: string, kind: DbKind): void {
  const version = schemaVersion(db);
  const latest = kind.migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `The ${kind.noun} ${file} was written by a newer Provisioning Workbench (schema ${version}; this version reads up to ${latest}). ` +
        'Update the app, or use --data-dir to open another workspace. Nothing was changed.',
    );
  }
}

function migrate(db: Db, kind: DbKind, logger?: Logger): void {
  const current = schemaVersion(db);
  for (const migration of kind.migrations) {
    if (migration.version <= current) continue;
    const apply = db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.pragma(`application_id = ${kind.applicationId}`);
      db.pragma(`user_version = ${migration.version}`);
    });
    apply.immediate();
    logger?.info(`${kind.noun} migrated`, { version: migration.version, name: migration.name });
  }
}

/** Runs `fn` and logs statements slower than SLOW_STATEMENT_MS. */
export function timed<T>(logger: Logger | undefined, label: string, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  const elapsed = performance.now() - started;
  if (elapsed > SLOW_STATEMENT_MS) logger?.warn('slow statement', { label, ms: Math.round(elapsed) });
  return result;
}
