import type { OutcomeCounts, LogStatsRow } from '../../../shared/logs/log-dto';
import type { LogFilter, LogStatsDimension } from '../../../shared/logs/log-filter';
import { countsQuery, historyQuery, overviewQuery, statsQuery } from '../../../shared/loganalytics/kql-queries';
import { historyItem, type LaHistoryItem } from '../../../shared/loganalytics/la-record';
import { countsRow, statsRows, tableObjects } from '../../../shared/loganalytics/la-result';
import type { LaQueryClient } from './la-client';
import { partialMessage } from './la-partial';

export interface LaSummary {
  rows: LogStatsRow[];
  counts: OutcomeCounts;
  /** The service's PartialError in words when the numbers cover only part of the data. */
  partial: string | null;
  queriedAt: string;
}

/** Counts by a dimension and the totals, computed in the workspace: nothing is downloaded but the answer. */
export async function laSummary(client: LaQueryClient, workspaceId: string, filter: LogFilter, by: LogStatsDimension, limit: number, signal?: AbortSignal): Promise<LaSummary> {
  const request = signal ? { signal } : {};
  const stats = await client.query(workspaceId, statsQuery(filter, by, limit), request);
  const counts = await client.query(workspaceId, countsQuery(filter), request);
  const partials = [stats.partial, counts.partial].filter((p) => p !== null).map(partialMessage);
  return {
    rows: stats.tables[0] ? statsRows(stats.tables[0], by) : [],
    counts: countsRow(counts.tables[0]),
    partial: partials.length > 0 ? [...new Set(partials)].join(' ') : null,
    queriedAt: new Date().toISOString(),
  };
}

/** One identity's records in the workspace, newest first. */
export async function laHistory(client: LaQueryClient, workspaceId: string, filter: LogFilter, subjectId: string, limit: number, signal?: AbortSignal): Promise<{ items: LaHistoryItem[]; partial: string | null }> {
  const result = await client.query(workspaceId, historyQuery(filter, subjectId, limit), signal ? { signal } : {});
  const items = (result.tables[0] ? tableObjects(result.tables[0]) : []).map(historyItem).filter((item) => item !== null);
  return { items, partial: result.partial ? partialMessage(result.partial) : null };
}

/** The workspace's record count and time range. */
export async function laOverview(client: LaQueryClient, workspaceId: string, signal?: AbortSignal): Promise<{ total: number; first: string | null; last: string | null }> {
  const result = await client.query(workspaceId, overviewQuery(), signal ? { signal } : {});
  const row = result.tables[0] ? tableObjects(result.tables[0])[0] : undefined;
  const time = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(Date.parse(value)).toISOString() : null);
  return { total: typeof row?.Total === 'number' ? row.Total : 0, first: time(row?.First), last: time(row?.Last) };
}
