import { AppError } from '../../../shared/errors';
import type { LogFilter } from '../../../shared/logs/log-filter';
import { sliceQuery } from '../../../shared/loganalytics/kql-queries';
import { laRowInput } from '../../../shared/loganalytics/la-record';
import { tableObjects } from '../../../shared/loganalytics/la-result';
import type { WorkspaceDb } from '../db/workspace-db';
import { LogBatchWriter, type IngestCounts, type Rejection } from '../db/log-store';
import type { LaQueryClient } from './la-client';
import { partialMessage } from './la-partial';
import { planWindows } from './la-pull-plan';

export interface LaPullProgress extends IngestCounts {
  windows: number;
  windowsDone: number;
  rows: number;
  /** Records the plan counted in all. */
  expected: number;
}

export interface LaPullOptions {
  filter: LogFilter;
  /** Rows per request (default 5,000: about 25 MB of rows with their steps, well under the ~64 MB and 500,000-row limits). */
  pageRows?: number;
  signal?: AbortSignal;
  onProgress?: (progress: LaPullProgress) => void;
  now?: () => Date;
}

export interface LaPullSummary extends IngestCounts {
  since: string;
  until: string;
  windows: number;
  rows: number;
  cancelled: boolean;
  rejections: Rejection[];
}

const DAY_MS = 86_400_000;

/**
 * Pulls a slice of a workspace's AADProvisioningLogs into the local store, window by window under the
 * service's limits, through the same writer and normaliser as file imports. All or nothing, as a file
 * is: a failure, a PartialError (rows missing) or Cancel removes what the pull stored; pulling the same
 * slice again adds only what is missing.
 */
export async function pullFromLogAnalytics(workspace: WorkspaceDb, client: LaQueryClient, workspaceId: string, options: LaPullOptions): Promise<LaPullSummary> {
  const now = options.now?.() ?? new Date();
  const until = options.filter.until ?? now.toISOString();
  const since = options.filter.since ?? new Date(Date.parse(until) - 30 * DAY_MS).toISOString();
  const filter: LogFilter = { ...options.filter, since, until };
  const signal = options.signal;
  const pageRows = options.pageRows ?? 5000;
  const label = `Log Analytics workspace ${workspaceId}`;
  const writer = new LogBatchWriter(workspace, 'file');
  const progress: LaPullProgress = { windows: 0, windowsDone: 0, rows: 0, expected: 0, ...writer.counts };
  const report = () => options.onProgress?.({ ...progress, ...writer.counts });
  writer.beginFile(label);
  try {
    const windows = await planWindows(client, workspaceId, filter, pageRows, signal);
    progress.windows = windows.length;
    progress.expected = windows.reduce((sum, w) => sum + w.count, 0);
    report();
    for (const [i, window] of windows.entries()) {
      if (signal?.aborted) break;
      const result = await client.query(workspaceId, sliceQuery(filter, window), signal ? { signal } : {});
      if (result.partial) {
        throw new AppError('IO_ERROR', `Log Analytics returned only part of ${window.from} – ${window.to}: ${partialMessage(result.partial)} Nothing was stored; pull again.`);
      }
      const rows = result.tables[0] ? tableObjects(result.tables[0]) : [];
      rows.forEach((row, j) => writer.add(laRowInput(row), label, `window ${i + 1} row ${j + 1}`));
      writer.flush();
      progress.rows += rows.length;
      progress.windowsDone = i + 1;
      report();
    }
  } catch (error) {
    writer.discardFile();
    if (signal?.aborted) return summary(true);
    throw error;
  }
  if (signal?.aborted) {
    writer.discardFile();
    return summary(true);
  }
  writer.endFile();
  return summary(false);

  function summary(cancelled: boolean): LaPullSummary {
    return { since, until, windows: progress.windows, rows: cancelled ? 0 : progress.rows, cancelled, rejections: writer.rejections, ...writer.counts };
  }
}
