import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface ChildImport {
  ms: number;
  added: number;
  rejected: number;
  maxRssKb: number;
}

/** Imports `file` into a new store `db` in a child process (logs-import-child.ts), so peak memory is the import's alone. */
export function importInChild(file: string, db: string, expected: number): ChildImport {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/bench/logs-import-child.ts', file, db], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
  const imported = JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildImport;
  if (imported.added !== expected) throw new Error(`imported ${imported.added} of ${expected} records (${imported.rejected} rejected)`);
  return imported;
}
