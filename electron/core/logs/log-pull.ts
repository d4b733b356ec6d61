import type { WorkspaceDb } from '../db/workspace-db';
import { AppError } from '../../../shared/errors';
import { getAll, type GraphClient } from '../graph/graph-client';
import { isGraphError } from '../graph/graph-error';
import { abortableSleep } from '../graph/retry-delay';
import { RequestPacer, type PacerClock } from '../graph/request-pacer';
import { LogBatchWriter, type IngestCounts, type Rejection } from '../db/log-store';

export interface PullProgress extends IngestCounts {
  pages: number;
}

export interface PullOptions {
  /** ISO time; default: the scope's watermark less the overlap, else the newest stored record, else 30 days ago. */
  since?: string;
  until?: string;
  /** A service principal object id, or an app display name (resolved to its id first: log filters are case sensitive). */
  app?: string;
  /** Records per page asked of Graph (Microsoft's own example uses 500). */
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: PullProgress) => void;
  /** Called once the window is known (after the app is resolved), before the first log request. */
  onWindow?: (window: { since: string; until: string }) => void;
  now?: () => Date;
  /** Length of one time slice (default a day); slices are pulled oldest first, each saved when done. */
  sliceMs?: number;
  /** How far an incremental pull re-reads before the watermark, for records that arrive late (default 12 h). */
  overlapMs?: number;
  /** Clock and sleep for pacing (default real time); tests inject a fake clock. */
  clock?: PacerClock;
  /** Requests per 10 s (default 4: the reporting API allows 5, shared with the admin's own tools). */
  requestsPer10s?: number;
  /** The cloud, when known: China (21Vianet) has no provisioning-log API. */
  cloud?: string | undefined;
}

export interface PullSummary extends IngestCounts {
  since: string;
  until: string | null;
  pages: number;
  /** Time slices pulled, and those restarted because their skip token expired. */
  slices: number;
  restartedSlices: number;
  cancelled: boolean;
  rejections: Rejection[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;
export const DEFAULT_OVERLAP_MS = 12 * 3_600_000;
const SLICE_RESTARTS = 3;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const realClock: PacerClock = { now: () => Date.now(), sleep: abortableSleep };

/** A 400 on a page after the first whose message says its skip token is no longer valid. */
function isExpiredSkipToken(error: unknown, page: number): boolean {
  return page > 0 && isGraphError(error) && error.status === 400 && /skip ?token/i.test(error.message);
}

/** The service principal id to filter on: an id as given, a display name looked up (Graph matches it case-insensitively there). */
async function resolveApp(client: GraphClient, app: string, signal?: AbortSignal): Promise<string> {
  if (GUID.test(app)) return app;
  const found = await getAll<{ id: string; displayName?: string }>(client, `/servicePrincipals?$filter=displayName eq ${quote(app)}&$select=id,displayName`, signal ? { signal } : {});
  if (found.length === 1) return found[0]!.id;
  throw new AppError('NOT_FOUND', found.length === 0 ? `No enterprise app is named "${app}" in this tenant.` : `${found.length} enterprise apps are named "${app}"; pass the service principal id instead.`);
}

/**
 * Reads /auditLogs/provisioning into the store in time slices (a day by default), oldest first,
 * saving the position after each slice so an interrupted pull resumes at the first unfinished
 * slice. Requests are paced under the reporting API's limit; a slice whose skip token expires
 * mid-paging is restarted (records are de-duplicated by id). Incremental pulls keep one watermark
 * per scope (all apps / one app) and re-read the hours before it, where late records arrive.
 */
export async function pullLogs(workspace: WorkspaceDb, client: GraphClient, options: PullOptions = {}): Promise<PullSummary> {
  if (options.cloud && /china|21vianet/i.test(options.cloud)) {
    throw new AppError('BAD_REQUEST', 'Microsoft Graph has no provisioning-log API in the China (21Vianet) cloud. Download the logs from the Entra admin center and import the file instead.');
  }
  const now = options.now ?? (() => new Date());
  const clock = options.clock ?? realClock;
  const pacer = new RequestPacer(clock, options.requestsPer10s ?? 4);
  const signal = options.signal;
  const spId = options.app ? await resolveApp(client, options.app, signal) : undefined;
  const scope = `graph-pull:${spId ?? '*'}`;
  const until = options.until ?? now().toISOString();
  const since = options.since ?? resumePoint(workspace, scope, spId, now(), options.overlapMs ?? DEFAULT_OVERLAP_MS);
  options.onWindow?.({ since, until });
  const sliceMs = options.sliceMs ?? DAY_MS;
  const writer = new LogBatchWriter(workspace, 'graph', Number.MAX_SAFE_INTEGER);
  const run = workspace.logImports.start(scope, 'graph', now());
  workspace.logImports.progress(run, { ...writer.counts, position: since });
  let pages = 0;
  let slices = 0;
  let restartedSlices = 0;
  let position = since;
  const request = signal ? { signal } : {};
  try {
    for (let start = Date.parse(since); start < Date.parse(until) && !signal?.aborted; start += sliceMs) {
      const end = new Date(Math.min(start + sliceMs, Date.parse(until))).toISOString();
      const clauses = [`activityDateTime ge ${new Date(start).toISOString()}`, `activityDateTime lt ${end}`];
      if (spId) clauses.push(`servicePrincipal/id eq ${quote(spId)}`);
      const path = `/auditLogs/provisioning?$filter=${encodeURIComponent(clauses.join(' and '))}&$top=${options.pageSize ?? 500}`;
      for (let attempt = 0; ; attempt += 1) {
        let page = 0;
        try {
          const iterator = client.pages<unknown>(path, request)[Symbol.asyncIterator]();
          for (;;) {
            await pacer.take(signal);
            const next = await iterator.next();
            if (next.done) break;
            page += 1;
            pages += 1;
            next.value.forEach((record, i) => writer.add(record, 'Microsoft Graph', `slice ${slices + 1} page ${page} record ${i + 1}`));
            writer.flush();
            options.onProgress?.({ pages, ...writer.counts });
            if (signal?.aborted) break;
          }
          break;
        } catch (error) {
          if (!isExpiredSkipToken(error, page) || attempt >= SLICE_RESTARTS) throw error;
          restartedSlices += 1;
        }
      }
      if (signal?.aborted) break;
      slices += 1;
      position = end;
      workspace.logImports.progress(run, { ...writer.counts, position });
    }
  } catch (error) {
    if (!signal?.aborted) {
      workspace.logImports.finish(run, 'failed', { ...writer.counts, position }, now());
      throw error;
    }
  }
  const cancelled = signal?.aborted ?? false;
  workspace.logImports.finish(run, cancelled ? 'cancelled' : 'done', { ...writer.counts, position }, now());
  return { since, until: options.until ?? null, pages, slices, restartedSlices, cancelled, rejections: writer.rejections, ...writer.counts };
}

/** An unfinished pull resumes at its saved slice; a finished one re-reads `overlapMs` before its watermark. */
function resumePoint(workspace: WorkspaceDb, scope: string, spId: string | undefined, now: Date, overlapMs: number): string {
  const last = workspace.logImports.lastOf(scope);
  if (last && last.status !== 'done' && last.position) return last.position;
  if (last?.position) return new Date(Date.parse(last.position) - overlapMs).toISOString();
  const newest = workspace.logReads.newest(spId);
  if (newest) return new Date(Date.parse(newest) - overlapMs).toISOString();
  return new Date(now.getTime() - 30 * DAY_MS).toISOString();
}
