/**
 * `/auditLogs/provisioning` as real Graph serves it, for tests that switch it on: filters are case
 * sensitive (except status), records arrive late, skip tokens expire, the reporting API allows a few
 * requests per window per app and tenant, and a tenant without Entra ID P1/P2 gets the licence 403.
 * Time is the fake's own clock (`now`), so tests never wait real seconds.
 */
type Row = Record<string, unknown>;

export type LogAnswer =
  | { kind: 'error'; status: number; code: string; message: string; headers?: Record<string, string> }
  | { kind: 'page'; body: Record<string, unknown> };

export interface LogBehaviour {
  /** Off by default: the plain fake route serves the logs. */
  realistic: boolean;
  now: () => number;
  /** Record id → ms after its activityDateTime before Graph lists it (a late record). */
  arrivalDelayMs: Map<string, number>;
  /** A skip token older than this (fake clock) answers 400. */
  skipTokenTtlMs: number | undefined;
  /** The reporting API's limit, e.g. 5 requests per 10 s. */
  rateLimit: { requests: number; windowMs: number } | undefined;
  licenceMissing: boolean;
  /** Requests answered 429 by the rate limit so far. */
  throttled: number;
  records: Row[];
  answer(query: URLSearchParams, url: URL): LogAnswer | undefined;
}

const valueAt = (row: Row, path: string): unknown => path.split('/').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Row)[key] : undefined), row);

function parseLogFilter(filter: string | null): ((row: Row) => boolean) | string {
  if (!filter) return () => true;
  const tests: Array<(row: Row) => boolean> = [];
  for (const part of filter.split(/\s+and\s+/)) {
    const match = /^\(?\s*([\w/]+)\s+(eq|gt|ge|lt|le)\s+(.+?)\s*\)?$/.exec(part.trim());
    if (!match) return `Invalid filter clause: ${part}`;
    const [, path = '', op = '', raw = ''] = match;
    const literal = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (path === 'activityDateTime') {
      const at = Date.parse(literal);
      if (!Number.isFinite(at)) return `Invalid date in filter: ${literal}`;
      const cmp: Record<string, (a: number) => boolean> = { eq: (a) => a === at, gt: (a) => a > at, ge: (a) => a >= at, lt: (a) => a < at, le: (a) => a <= at };
      tests.push((row) => cmp[op]!(Date.parse(String(row.activityDateTime))));
    } else if (op === 'eq') {
      // Graph: "Filters are all case sensitive except for status."
      const insensitive = path === 'provisioningStatusInfo/status';
      tests.push((row) => (insensitive ? String(valueAt(row, path) ?? '').toLowerCase() === literal.toLowerCase() : valueAt(row, path) === literal));
    } else return `Operator ${op} is not supported on ${path}`;
  }
  return (row) => tests.every((test) => test(row));
}

export function logBehaviour(): LogBehaviour {
  const hits: number[] = [];
  const behaviour: LogBehaviour = {
    realistic: false,
    now: () => Date.now(),
    arrivalDelayMs: new Map(),
    skipTokenTtlMs: undefined,
    rateLimit: undefined,
    licenceMissing: false,
    throttled: 0,
    records: [],
    answer(query, url) {
      if (!behaviour.realistic) return undefined;
      const now = behaviour.now();
      if (behaviour.licenceMissing) {
        return { kind: 'error', status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'Neither tenant is B2C or tenant doesn\'t have premium license' };
      }
      const limit = behaviour.rateLimit;
      if (limit) {
        while (hits.length && hits[0]! <= now - limit.windowMs) hits.shift();
        if (hits.length >= limit.requests) {
          behaviour.throttled += 1;
          const wait = Math.max(1, Math.ceil((hits[0]! + limit.windowMs - now) / 1000));
          return { kind: 'error', status: 429, code: 'TooManyRequests', message: 'Too many requests.', headers: { 'retry-after': String(wait) } };
        }
        hits.push(now);
      }
      const filter = parseLogFilter(query.get('$filter'));
      if (typeof filter === 'string') return { kind: 'error', status: 400, code: 'Request_UnsupportedQuery', message: filter };
      let offset = 0;
      const token = query.get('$skiptoken');
      if (token) {
        const state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset: number; issued: number };
        if (behaviour.skipTokenTtlMs !== undefined && now - state.issued > behaviour.skipTokenTtlMs) {
          return { kind: 'error', status: 400, code: 'Request_BadRequest', message: 'The $skiptoken has expired. Start the query again.' };
        }
        offset = state.offset;
      }
      const visible = behaviour.records
        .filter((row) => Date.parse(String(row.activityDateTime)) + (behaviour.arrivalDelayMs.get(String(row.id)) ?? 0) <= now)
        .filter(filter)
        .sort((a, b) => Date.parse(String(b.activityDateTime)) - Date.parse(String(a.activityDateTime)) || String(a.id).localeCompare(String(b.id)));
      const top = Math.min(Number(query.get('$top') ?? 100) || 100, 1000);
      const body: Record<string, unknown> = { value: visible.slice(offset, offset + top) };
      if (offset + top < visible.length) {
        const next = new URL(url.href);
        next.searchParams.set('$skiptoken', Buffer.from(JSON.stringify({ offset: offset + top, issued: now })).toString('base64url'));
        body['@odata.nextLink'] = next.href;
      }
      return { kind: 'page', body };
    },
  };
  return behaviour;
}
