import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writePortalJson } from './logs-generator';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface PathImportRun {
  bytes: number;
  records: number;
  ms: number;
  added: number;
  maxRssKb: number;
}

/** Records of the generator's shape that make a portal JSON file of about `bytes` bytes (measured on a small file). */
export async function recordsForBytes(dir: string, bytes: number, now: Date): Promise<number> {
  const probe = path.join(dir, 'probe.json');
  const sampled = 2000;
  const written = await writePortalJson(probe, sampled, now);
  fs.rmSync(probe);
  return Math.ceil((bytes * sampled) / written.bytes);
}

/** Generates a portal JSON file of `records` records and imports it by path in a child process (path-import-child.ts). */
export async function runPathImport(dir: string, records: number, now: Date): Promise<PathImportRun> {
  const file = path.join(dir, `portal-${records}.json`);
  const dataDir = path.join(dir, `data-${records}`);
  const { bytes } = await writePortalJson(file, records, now);
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/bench/path-import-child.ts', file, dataDir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`import by path failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as Omit<PathImportRun, 'bytes' | 'records'>;
    return { bytes, records, ...result };
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
