import { AppError } from '../../../shared/errors';
import type { LogFilter } from '../../../shared/logs/log-filter';
import { planQuery } from '../../../shared/loganalytics/kql-queries';
import { planBins } from '../../../shared/loganalytics/la-result';
import type { LaQueryClient } from './la-client';
import { partialMessage } from './la-partial';

export interface PullWindow {
  from: string;
  to: string;
  /** Records the plan counted in the window. */
  count: number;
}

const BINS = [
  { bin: '1d', ms: 86_400_000 },
  { bin: '1h', ms: 3_600_000 },
  { bin: '1m', ms: 60_000 },
  { bin: '1s', ms: 1000 },
] as const;

/**
 * Cuts what a pull reads into time windows of at most `pageRows` records each, from the service's own
 * counts per day (per hour, minute, then second, for a bin that alone is over the limit), so no
 * answer, the plan's own included, reaches the service's row or size limit. Bounded: four levels of bins.
 */
export async function planWindows(client: LaQueryClient, workspaceId: string, filter: LogFilter, pageRows: number, signal?: AbortSignal): Promise<PullWindow[]> {
  return plan(client, workspaceId, filter, pageRows, 0, undefined, signal);
}

async function plan(client: LaQueryClient, workspaceId: string, filter: LogFilter, pageRows: number, level: number, range: { from: string; to: string } | undefined, signal?: AbortSignal): Promise<PullWindow[]> {
  const { bin, ms } = BINS[level]!;
  const result = await client.query(workspaceId, planQuery(filter, bin, range), signal ? { signal } : {});
  if (result.partial) throw new AppError('IO_ERROR', `Log Analytics could not count the records to pull: ${partialMessage(result.partial)} Nothing was stored; try again, or pull a shorter time range.`);
  const bins = result.tables[0] ? planBins(result.tables[0]) : [];
  const windows: PullWindow[] = [];
  let open: PullWindow | null = null;
  for (const { start, count } of bins) {
    const end = new Date(Date.parse(start) + ms).toISOString();
    if (count > pageRows) {
      if (open) windows.push(open);
      open = null;
      if (level + 1 >= BINS.length) {
        throw new AppError('BAD_REQUEST', `Log Analytics holds ${count} matching records in the one second at ${start}, more than one request may return (${pageRows}). Narrow the pull with an app, status or error code.`);
      }
      windows.push(...(await plan(client, workspaceId, filter, pageRows, level + 1, { from: start, to: end }, signal)));
      continue;
    }
    // Hours without a record have no bin: a window runs over them.
    if (open && open.count + count <= pageRows) {
      open = { from: open.from, to: end, count: open.count + count };
    } else {
      if (open) windows.push(open);
      open = { from: start, to: end, count };
    }
  }
  if (open) windows.push(open);
  return windows;
}
