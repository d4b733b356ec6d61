import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkspaceDb } from '../../electron/core/db/workspace-db';
import { diverseLogsBench } from './logs-diverse.bench';
import { writePortalJson } from './logs-generator';
import { importInChild } from './logs-import';
import { measureViewer } from './logs-viewer';
import { median, type Figure } from './measure';

function timeMs(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Issue #5's bars: a generated portal-style JSON file of 1,000,000 records (PWB_BENCH_LOG_RECORDS
 * to change), imported in a child process; then the viewer's queries on that store. Then issue #20's:
 * as many records as diverse as a large tenant's, imported, and counted by error code against jq.
 */
export async function logsBench(): Promise<Figure[]> {
  const count = Number(process.env.PWB_BENCH_LOG_RECORDS ?? 1_000_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-logs-'));
  const file = path.join(dir, 'portal-download.json');
  const dbFile = path.join(dir, 'workspace.sqlite');
  const now = new Date('2026-11-20T12:00:00Z');
  try {
    const generated = await writePortalJson(file, count, now);
    const imported = importInChild(file, dbFile, count);
    const dbBytes = fs.statSync(dbFile).size;

    const workspace = WorkspaceDb.open(dbFile);
    try {
      const reads = workspace.logReads;
      const app = reads.apps()[0]!.id;
      const week = { since: new Date(now.getTime() - 7 * 86_400_000).toISOString(), until: now.toISOString() };
      const month = { since: new Date(now.getTime() - 30 * 86_400_000).toISOString() };
      const newest = { column: 'activityDateTime', direction: 'desc' } as const;
      const firstPage = timeMs(() => reads.page({ status: ['success'], app, ...week }, newest, 0, 100));
      const filteredCount = timeMs(() => reads.counts({ status: ['success'], app, ...week }));
      const fts = timeMs(() => {
        reads.page({ text: '"already exists"' }, newest, 0, 100);
        reads.counts({ text: '"already exists"' });
      });
      const byCode = timeMs(() => reads.stats(month, 'errorCode', 50), 3);
      const lastPage = timeMs(() => reads.page({}, newest, count - 100, 100), 3);
      const someId = reads.page({ status: ['failure'] }, newest, 5000, 1)[0]!.id;
      const detail = timeMs(() => reads.detail(someId), 20);
      const allCount = timeMs(() => reads.counts({}), 3);
      workspace.close();
      const viewer = await measureViewer(dbFile, path.join(dir, 'ui'));
      // The repeated file and its store (moved into the viewer's data dir) make room for the diverse ones.
      fs.rmSync(file);
      fs.rmSync(path.join(dir, 'ui'), { recursive: true, force: true });
      const diverse = await diverseLogsBench(dir, count, now);
      return [
        { name: `generate ${count.toLocaleString('en-US')} records as portal JSON (${(generated.bytes / 1e9).toFixed(2)} GB)`, value: 0, unit: '(setup)' },
        { name: `import ${count.toLocaleString('en-US')} records (portal JSON)`, value: imported.ms / 1000, unit: 's', max: 60 * (count / 1_000_000) },
        { name: 'import throughput', value: Math.round(count / (imported.ms / 1000)), unit: 'records/s' },
        { name: 'import peak memory (RSS of the import process)', value: Math.round(imported.maxRssKb / 1024), unit: 'MB', max: 1024 },
        { name: 'store size on disk', value: Math.round(dbBytes / 1048576), unit: 'MB' },
        { name: 'first page: status + app + 7 days, newest first, 100 rows', value: firstPage, unit: 'ms', max: 50 },
        { name: 'count for that filter', value: filteredCount, unit: 'ms' },
        { name: 'full-text search "already exists": first page + count', value: fts, unit: 'ms', max: 200 },
        { name: 'counts by error code, 30 days', value: byCode, unit: 'ms', max: 500 },
        { name: 'count of everything (no filter)', value: allCount, unit: 'ms' },
        { name: 'last page of everything (offset paging), 100 rows', value: lastPage, unit: 'ms' },
        { name: "a record's detail (row, steps, properties, JSON)", value: detail, unit: 'ms', max: 20 },
        { name: `viewer: status filter applied to the grid (${viewer.total.toLocaleString('en-US')} rows)`, value: viewer.filterMs, unit: 'ms', max: 300 },
        { name: 'viewer: End → last record rendered', value: viewer.lastRecordMs, unit: 'ms', max: 200 },
        { name: 'viewer: grid rows in the DOM', value: viewer.domRows, unit: 'rows', max: 199 },
        ...diverse,
      ];
    } finally {
      workspace.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
