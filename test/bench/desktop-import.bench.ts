import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './measure';
import { recordsForBytes, runPathImport } from './path-import';

const GIB = 1024 ** 3;

/**
 * Issue #17's bar: in the desktop app a 1 GB portal JSON file imports with memory under 1 GB. A
 * generated file of 1 GiB (PWB_BENCH_PATH_IMPORT_BYTES to change) is imported through the core's
 * path-based channel, as the desktop app does after its open dialog, in a child process.
 */
export async function desktopImportBench(): Promise<Figure[]> {
  // A little over 1 GiB, since the record count is estimated from a small sample file.
  const target = Number(process.env.PWB_BENCH_PATH_IMPORT_BYTES ?? 1.03 * GIB);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-path-import-'));
  try {
    const now = new Date('2026-11-20T12:00:00Z');
    const run = await runPathImport(dir, await recordsForBytes(dir, target, now), now);
    if (run.added !== run.records) throw new Error(`imported ${run.added} of ${run.records} records`);
    return [
      { name: 'file imported by path (portal JSON)', value: Math.round(run.bytes / 1048576), unit: 'MB' },
      { name: 'records', value: run.records, unit: 'records' },
      { name: 'import time', value: Math.round(run.ms / 100) / 10, unit: 's' },
      { name: 'import peak memory (RSS of the import process)', value: Math.round(run.maxRssKb / 1024), unit: 'MB', max: 1024 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatFigure } = await import('./measure');
  for (const figure of await desktopImportBench()) console.log('  ' + formatFigure(figure));
}
