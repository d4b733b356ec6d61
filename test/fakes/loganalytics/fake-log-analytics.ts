/**
 * A local Log Analytics query API (POST /v1/workspaces/{id}/query) on 127.0.0.1: the request and
 * answer shapes of the real one (tables of typed columns and array rows), the KQL subset our
 * generated queries use evaluated over fixture rows, and the real service's unkind answers: 401 for
 * a bad token, 403 without access to the workspace, 404 for an unknown one, 400 for a query it
 * cannot parse, 429 with Retry-After past its rate limit, 503 when asked, and 200 with a PartialError and partial
 * tables when a result passes the row or size limit or a shard fails.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProvisioningObjectSummary } from '../../../shared/graph/provisioning-log';
import { KqlError } from './kql-lexer';
import { DateTimeValue, Timespan } from './kql-parser';
import { isoOf, runQuery, type Frame, type Row, type Tables } from './kql-eval';
import { provisioningTable } from './la-rows';
import { parseTimespan } from './timespan';

export interface FakeLogAnalyticsOptions {
  /** Workspace id → the provisioning records its AADProvisioningLogs table holds. */
  workspaces: Record<string, readonly ProvisioningObjectSummary[]>;
  /** Bearer token → the workspace ids it may read (`*`: all). */
  tokens?: Record<string, readonly string[] | '*'>;
  /** The service stops a result at 500,000 rows and about 64 MB, answering a PartialError. */
  maxRows?: number;
  maxBytes?: number;
  /** Queries allowed per 30 s before 429 (the documented per-user limit is 200). */
  requestsPer30s?: number;
  now?: () => number;
}

export interface FakeLogAnalyticsBehaviour {
  /** The next N queries answer 429 with this Retry-After (seconds). */
  throttleNext: number;
  retryAfterSeconds: number;
  /** The next N queries lose a quarter of the rows (a shard fails) and say so with a PartialError. */
  partialNext: number;
  /** The next N queries answer 503 ServiceUnavailable with Retry-After, as a busy cluster does. */
  unavailableNext: number;
  /** Added before every answer: a workspace far away, or a query that takes its time. */
  latencyMs: number;
}

export interface FakeLogAnalyticsRequest {
  workspaceId: string;
  query: string | null;
  timespan: string | null;
  status: number;
}

export const FAKE_LA_TOKEN = 'la-test-token';
const MAX_BODY = 1024 * 1024;

export class FakeLogAnalytics {
  readonly behaviour: FakeLogAnalyticsBehaviour = { throttleNext: 0, retryAfterSeconds: 1, partialNext: 0, unavailableNext: 0, latencyMs: 0 };
  readonly requests: FakeLogAnalyticsRequest[] = [];
  private readonly tables = new Map<string, Tables>();
  private readonly recent: number[] = [];
  private server: http.Server | undefined;
  private origin = '';

  constructor(private readonly options: FakeLogAnalyticsOptions) {
    for (const [id, records] of Object.entries(options.workspaces)) this.tables.set(id.toLowerCase(), { AADProvisioningLogs: provisioningTable(records) });
  }

  get url(): string {
    return this.origin;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (this.behaviour.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.behaviour.latencyMs));
    const match = /^\/v1\/workspaces\/([^/?]+)\/query(?:\?.*)?$/.exec(req.url ?? '');
    const record = (status: number, query: string | null = null, timespan: string | null = null) =>
      this.requests.push({ workspaceId: match?.[1] ?? '', query, timespan, status });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, code: string, message: string, inner?: { code: string; message: string }, headers: Record<string, string> = {}) => {
      send(status, { error: { message, code, correlationId: crypto.randomUUID(), ...(inner ? { innererror: inner } : {}) } }, headers);
    };
    if (!match || req.method !== 'POST') {
      record(404);
      return fail(404, 'PathNotFoundError', 'The requested path does not exist');
    }
    const allowed = this.access(req.headers.authorization);
    if (allowed === null) {
      record(401);
      return fail(401, 'AuthorizationRequiredError', 'Valid authentication was not provided', undefined, { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common"' });
    }
    if (this.throttled()) {
      record(429);
      const retryAfter = String(this.behaviour.retryAfterSeconds);
      return fail(429, 'ThrottledError', `Your request was throttled. Retry after ${retryAfter} seconds.`, undefined, { 'retry-after': retryAfter });
    }
    if (this.behaviour.unavailableNext > 0) {
      this.behaviour.unavailableNext -= 1;
      record(503);
      return fail(503, 'ServiceUnavailableError', 'The service is temporarily unavailable. Retry later.', undefined, { 'retry-after': String(this.behaviour.retryAfterSeconds) });
    }
    const workspaceId = decodeURIComponent(match[1]!).toLowerCase();
    const tables = this.tables.get(workspaceId);
    if (allowed !== '*' && !allowed.includes(workspaceId)) {
      record(403);
      return fail(403, 'InsufficientAccessError', 'The provided credentials have insufficient access to perform the requested operation');
    }
    if (!tables) {
      record(404);
      return fail(404, 'WorkspaceNotFoundError', `Workspace '${workspaceId}' could not be found`);
    }
    let body: { query?: unknown; timespan?: unknown };
    try {
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new Error('Content-Type must be application/json');
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch (error) {
      record(400);
      return fail(400, 'BadArgumentError', 'The request had some invalid properties', { code: 'InvalidBody', message: error instanceof Error ? error.message : String(error) });
    }
    const query = typeof body.query === 'string' ? body.query : null;
    const timespan = typeof body.timespan === 'string' ? body.timespan : null;
    if (!query) {
      record(400);
      return fail(400, 'BadArgumentError', 'The request had some invalid properties', { code: 'QueryMissing', message: 'query is required' });
    }
    const window = timespan === null ? null : parseTimespan(timespan, this.now());
    if (timespan !== null && !window) {
      record(400, query, timespan);
      return fail(400, 'BadArgumentError', 'The request had some invalid properties', { code: 'InvalidTimespan', message: `"${timespan}" is not an ISO 8601 interval or duration` });
    }
    const partialShard = this.behaviour.partialNext > 0 ? (this.behaviour.partialNext--, true) : false;
    try {
      const scoped = scope(tables, window, partialShard);
      const frame = runQuery(query, scoped, this.now());
      const { table, truncated } = this.limit(frame);
      record(200, query, timespan);
      const details = [
        ...(partialShard ? [{ code: 'ShardFailure', message: 'Some of the data could not be read: a storage shard did not answer in time.' }] : []),
        ...(truncated ? [{ code: 'EngineError', message: truncated, innererror: { code: 'E_QUERY_RESULT_SET_TOO_LARGE' } }] : []),
      ];
      send(200, { tables: [table], ...(details.length > 0 ? { error: { code: 'PartialError', message: 'There were some errors when processing your query.', details } } : {}) });
    } catch (error) {
      if (!(error instanceof KqlError)) throw error;
      record(400, query, timespan);
      fail(400, 'BadArgumentError', 'The request had some invalid properties', { code: error.code, message: error.message });
    }
  }

  private access(header: string | undefined): readonly string[] | '*' | null {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) return null;
    const tokens = this.options.tokens ?? { [FAKE_LA_TOKEN]: '*' };
    const allowed = tokens[token];
    return allowed === undefined ? null : allowed === '*' ? '*' : allowed.map((id) => id.toLowerCase());
  }

  private throttled(): boolean {
    if (this.behaviour.throttleNext > 0) {
      this.behaviour.throttleNext -= 1;
      return true;
    }
    const now = this.now();
    while (this.recent.length > 0 && this.recent[0]! <= now - 30_000) this.recent.shift();
    if (this.recent.length >= (this.options.requestsPer30s ?? 200)) {
      this.behaviour.retryAfterSeconds = Math.max(1, Math.ceil((this.recent[0]! + 30_000 - now) / 1000));
      return true;
    }
    this.recent.push(now);
    return false;
  }

  /** The answer table, cut at the row or byte limit with the engine's message. */
  private limit(frame: Frame): { table: { name: string; columns: Frame['columns']; rows: unknown[][] }; truncated: string | null } {
    const maxRows = this.options.maxRows ?? 500_000;
    const maxBytes = this.options.maxBytes ?? 64 * 1024 * 1024;
    const rows: unknown[][] = [];
    let bytes = 0;
    let truncated: string | null = null;
    for (const row of frame.rows) {
      if (rows.length >= maxRows) {
        truncated = `Query result set has exceeded the internal record count limit ${maxRows} records.`;
        break;
      }
      const cells = frame.columns.map((column) => cell(row[column.name]));
      bytes += JSON.stringify(cells).length;
      if (bytes > maxBytes) {
        truncated = `Query result set has exceeded the internal data size limit ${maxBytes} bytes.`;
        break;
      }
      rows.push(cells);
    }
    return { table: { name: 'PrimaryResult', columns: frame.columns, rows }, truncated };
  }
}

/** The request's timespan limits every table by TimeGenerated; a failed shard drops every fourth row. */
function scope(tables: Tables, window: { start: number; end: number } | null, partialShard: boolean): Tables {
  const out: Tables = {};
  for (const [name, frame] of Object.entries(tables)) {
    let rows: Row[] = frame.rows;
    if (window) rows = rows.filter((row) => row.TimeGenerated instanceof DateTimeValue && row.TimeGenerated.ms >= window.start && row.TimeGenerated.ms < window.end);
    if (partialShard) rows = rows.filter((_, i) => i % 4 !== 3);
    out[name] = { columns: frame.columns, rows };
  }
  return out;
}

/** A cell as the service writes it: datetimes as ISO text, timespans as hh:mm:ss, dynamic values as JSON text. */
function cell(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof DateTimeValue) return isoOf(value.ms);
  if (value instanceof Timespan) return new Date(value.ms).toISOString().slice(11, 19);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('the request body is larger than 1 MB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
