import type { WorkspaceDb } from '../db/workspace-db';
import type { GraphClient } from '../graph/graph-client';
import { LogBatchWriter, type IngestCounts, type Rejection } from './log-batch-writer';

export interface PullProgress extends IngestCounts {
  pages: number;
}

export interface PullOptions {
  /** ISO time; default: where the last pull of this scope stopped, else the newest stored record, else 30 days ago. */
  since?: string;
  until?: string;
  /** A service principal object id, or an app display name. */
  app?: string;
  /** Records per page asked of Graph (Microsoft's own example uses 500). */
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: PullProgress) => void;
  now?: () => Date;
}

export interface PullSummary extends IngestCounts {
  since: string;
  until: string | null;
  pages: number;
  cancelled: boolean;
  rejections: Rejection[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Records written in the same second as the newest stored one may not all be stored yet: re-read that second. */
const OVERLAP_MS = 1000;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Reads /auditLogs/provisioning page by page into the store. Incremental: without --since it starts
 * where the last pull of the same scope stopped (an unfinished one is redone from its start), else
 * a second before the newest stored Graph record. Throttling (429/503 with Retry-After) is handled
 * by the Graph client; the signal cancels between pages and during waits, keeping stored pages.
 */
export async function pullLogs(workspace: WorkspaceDb, client: GraphClient, options: PullOptions = {}): Promise<PullSummary> {
  const now = options.now ?? (() => new Date());
  const scope = `graph-pull:${options.app ?? '*'}`;
  const since = options.since ?? resumePoint(workspace, scope, options.app, now());
  const clauses = [`activityDateTime gt ${since}`];
  if (options.until) clauses.push(`activityDateTime lt ${options.until}`);
  if (options.app) clauses.push(GUID.test(options.app) ? `servicePrincipal/id eq ${quote(options.app)}` : `servicePrincipal/displayName eq ${quote(options.app)}`);
  const path = `/auditLogs/provisioning?$filter=${encodeURIComponent(clauses.join(' and '))}&$top=${options.pageSize ?? 500}`;
  const writer = new LogBatchWriter(workspace, 'graph', Number.MAX_SAFE_INTEGER);
  const run = workspace.logImports.start(scope, 'graph', now());
  workspace.logImports.progress(run, { ...writer.counts, position: since });
  let pages = 0;
  let cancelled = false;
  try {
    for await (const page of client.pages<unknown>(path, options.signal ? { signal: options.signal } : {})) {
      pages += 1;
      page.forEach((record, i) => writer.add(record, 'Microsoft Graph', `page ${pages} record ${i + 1}`));
      writer.flush();
      workspace.logImports.progress(run, { ...writer.counts, position: since });
      options.onProgress?.({ pages, ...writer.counts });
      if (options.signal?.aborted) break;
    }
  } catch (error) {
    if (!options.signal?.aborted) {
      workspace.logImports.finish(run, 'failed', { ...writer.counts, position: since }, now());
      throw error;
    }
  }
  cancelled = options.signal?.aborted ?? false;
  workspace.logImports.finish(run, cancelled ? 'cancelled' : 'done', { ...writer.counts, position: since }, now());
  return { since, until: options.until ?? null, pages, cancelled, rejections: writer.rejections, ...writer.counts };
}

function resumePoint(workspace: WorkspaceDb, scope: string, app: string | undefined, now: Date): string {
  const last = workspace.logImports.lastOf(scope);
  if (last && last.status !== 'done' && last.position) return last.position;
  const newest = workspace.logReads.newest(app && GUID.test(app) ? app : undefined);
  if (newest) return new Date(Date.parse(newest) - OVERLAP_MS).toISOString();
  return new Date(now.getTime() - 30 * 86_400_000).toISOString();
}
