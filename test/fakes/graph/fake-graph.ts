/**
 * A local Microsoft Graph (v1.0) serving a snapshot (the sample tenant by default) in Graph's real
 * shapes: paging via absolute `@odata.nextLink`, `$select`, `$top`, `$filter`, `$search` (which needs
 * `ConsistencyLevel: eventual`, as on real Graph), and on-demand 429/503/403 answers or dropped
 * connections; `provisionOnDemand` really runs the cycle (see provision-on-demand.ts). Binds 127.0.0.1 only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Snapshot } from '../../../shared/snapshot/schema';
import { fakeTenantSnapshot, indexSnapshot } from './fake-tenant';
import { resolveRoute } from './graph-routes';
import { GRAPH_USER_PROPERTIES } from '../../../shared/graph/user-properties';
import { logBehaviour, type LogBehaviour } from './log-behaviour';
import { expandedNames, parseFilter, parseSearch, selectFields, UnsupportedQueryError } from './odata-query';
import { onDemandBehaviour, OnDemandLimiter, provisionOnDemand, tokenScopes, WRITE_SCOPE, type OnDemandBehaviour } from './provision-on-demand';

export const FAKE_GRAPH_TOKEN = 'test-token';
/** A fixed token that also carries Synchronization.ReadWrite.All (provision on demand). */
export const FAKE_GRAPH_WRITE_TOKEN = 'test-token-write';
const READ_SCOPES = ['Application.Read.All', 'Synchronization.Read.All', 'AuditLog.Read.All', 'Directory.Read.All', 'GroupMember.Read.All'];
const FIXED_TOKEN_SCOPES: Record<string, readonly string[]> = { [FAKE_GRAPH_TOKEN]: READ_SCOPES, [FAKE_GRAPH_WRITE_TOKEN]: [...READ_SCOPES, WRITE_SCOPE] };

export interface FakeGraphOptions {
  snapshot?: Snapshot;
  /** Default page size of collections when no `$top` is given (Graph uses 100 on most). */
  pageSize?: number;
  /** Added to every answer, to model network round trips in benchmarks. */
  latencyMs?: number;
  /** Which bearer tokens are valid (default: `test-token` or a JWT issued by a 127.0.0.1 authority). */
  acceptToken?: (token: string) => boolean;
}

/**
 * How real Graph behaves where the default fake is kinder; each switch is off by default and can be
 * changed per test through `fake.behaviour`.
 */
export interface FakeGraphBehaviour {
  /** 401 on every `/synchronization/…` call (all apps, or these service principal ids): the user lacks Application Administrator. */
  syncRoleMissing: boolean | ReadonlySet<string>;
  /** 400 `Request_UnsupportedQuery` for a `$select` on /users naming a property Graph does not have (nor `extensions`). */
  strictSelect: boolean;
  /** The tenant's directory extensions (for `getAvailableExtensionProperties` and `strictSelect`). */
  extensions: string[];
  /** `$expand` on /users: 400 for a nested `$select` or a `$top` over 100 (Graph's documented limits). */
  strictExpand: boolean;
  /** Provisioning-log behaviours: late records, expiring skip tokens, case-sensitive filters, the reporting limit, the licence 403. */
  logs: LogBehaviour;
  /** provisionOnDemand: the response shape, a switch to disagree with the engine on purpose, the rate window's clock. */
  onDemand: OnDemandBehaviour;
}

export interface FakeGraphRequest {
  method: string;
  /** Path with query, decoded, e.g. `/v1.0/servicePrincipals?$top=999`. */
  path: string;
}

export interface FakeGraph {
  /** http://127.0.0.1:PORT; the Graph base is url + '/v1.0'. */
  url: string;
  close(): Promise<void>;
  /** The next request whose path (below /v1.0) starts with `pathPrefix` gets this status. */
  failNext(pathPrefix: string, status: 429 | 503 | 403, retryAfterSeconds?: number): void;
  /** The next request whose path starts with `pathPrefix` has its connection dropped (a network failure). */
  dropNext(pathPrefix: string): void;
  /** Every request whose path starts with `pathPrefix` gets this status, until `clearFailures()` (a sustained outage or throttling). */
  failAlways(pathPrefix: string, status: 429 | 500 | 502 | 503 | 504, retryAfterSeconds?: number): void;
  clearFailures(): void;
  behaviour: FakeGraphBehaviour;
  requests: FakeGraphRequest[];
}

interface Failure {
  prefix: string;
  status: 429 | 500 | 502 | 503 | 504 | 403 | 'drop';
  retryAfter: number | undefined;
  sustained?: boolean;
}

const STATUS_CODES: Record<number, string> = { 429: 'TooManyRequests', 500: 'InternalServerError', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout' };
const KNOWN_USER_PROPERTIES = new Set(GRAPH_USER_PROPERTIES.map((name) => name.toLowerCase()));

const MAX_TOP = 999;

export function defaultAcceptToken(token: string): boolean {
  if (token === FAKE_GRAPH_TOKEN || token === FAKE_GRAPH_WRITE_TOKEN) return true;
  const [, payload] = token.split('.');
  if (!payload) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown; exp?: unknown };
    const issuer = typeof claims.iss === 'string' ? new URL(claims.iss) : undefined;
    const fresh = typeof claims.exp !== 'number' || claims.exp * 1000 > Date.now();
    return fresh && (issuer?.hostname === '127.0.0.1' || issuer?.hostname === 'localhost');
  } catch {
    return false;
  }
}

function stripVersion(prefix: string): string {
  return prefix.replace(/^\/v1\.0(?=\/)/, '');
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const snapshot = options.snapshot ?? fakeTenantSnapshot();
  const directory = indexSnapshot(snapshot);
  const onDemandLimiter = new OnDemandLimiter();
  const pageSize = options.pageSize ?? 100;
  const acceptToken = options.acceptToken ?? defaultAcceptToken;
  const failures: Failure[] = [];
  const requests: FakeGraphRequest[] = [];
  // The tenant's registered extensions: every extension property its users carry.
  const extensions = [...new Set(directory.users.flatMap((user) => Object.keys(user).filter((key) => /^extension_[0-9a-f]+_\w+$/i.test(key))))];
  const behaviour: FakeGraphBehaviour = { syncRoleMissing: false, strictSelect: false, extensions, strictExpand: false, logs: logBehaviour(), onDemand: onDemandBehaviour() };
  behaviour.logs.records = directory.logs;
  let base = '';

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const error = (res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    send(res, status, { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': 'fake-graph' } } }, headers);

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(url.pathname) + decodeURIComponent(url.search) });
    if (!url.pathname.startsWith('/v1.0/')) return error(res, 404, 'BadRequest', 'Only /v1.0 is served by the fake Graph.');
    const path = decodeURIComponent(url.pathname.slice('/v1.0'.length));

    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!token || !acceptToken(token)) return error(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');

    const failureAt = failures.findIndex((failure) => path.startsWith(failure.prefix));
    if (failureAt >= 0) {
      const failure = failures[failureAt]!;
      if (!failure.sustained) failures.splice(failureAt, 1);
      if (failure.status === 'drop') return void req.socket.destroy();
      if (failure.status === 403) return error(res, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
      return error(res, failure.status, STATUS_CODES[failure.status] ?? 'Error', 'The service failed to answer.', headers);
    }
    const sync = /^\/servicePrincipals\/([^/]+)\/synchronization(\/|$)/.exec(path);
    const denied = behaviour.syncRoleMissing;
    if (sync && (denied === true || (typeof denied === 'object' && denied.has(decodeURIComponent(sync[1] ?? ''))))) {
      return error(res, 401, 'InvalidAuthenticationToken', 'Access token validation failure: the caller lacks a role the synchronization API requires.');
    }
    if (req.method === 'POST' && path === '/directoryObjects/getAvailableExtensionProperties') {
      return send(res, 200, { '@odata.context': `${base}/v1.0/$metadata#Collection(microsoft.graph.extensionProperty)`, value: behaviour.extensions.map((name) => ({ id: name, name, dataType: 'String', targetObjects: ['User'] })) });
    }
    const onDemand = /^\/servicePrincipals\/([^/]+)\/synchronization\/jobs\/([^/]+)\/provisionOnDemand$/.exec(path);
    if (req.method === 'POST' && onDemand) {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let body: unknown = null;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return error(res, 400, 'BadRequest', 'The request body is not JSON.');
        }
        const context = { scopes: tokenScopes(token, FIXED_TOKEN_SCOPES), behaviour: behaviour.onDemand, limiter: onDemandLimiter };
        provisionOnDemand(snapshot, decodeURIComponent(onDemand[1] ?? ''), decodeURIComponent(onDemand[2] ?? ''), body, context).then(
          (answer) => send(res, answer.status, answer.body, answer.headers),
          (cause: unknown) => error(res, 500, 'InternalServerError', cause instanceof Error ? cause.message : String(cause)),
        );
      });
      return;
    }
    if (req.method !== 'GET') return error(res, 405, 'Request_BadRequest', `The fake Graph only serves GET, not ${req.method}.`);

    const query = url.searchParams;
    if (path === '/users' || path.startsWith('/users/')) {
      const rejected = usersQueryProblem(query);
      if (rejected) return error(res, 400, 'Request_UnsupportedQuery', rejected);
    }
    if (path.startsWith('/auditLogs/provisioning')) {
      const answer = behaviour.logs.answer(query, url);
      if (answer) return answer.kind === 'error' ? error(res, answer.status, answer.code, answer.message, answer.headers) : send(res, 200, { '@odata.context': `${base}/v1.0/$metadata#auditLogs/provisioning`, ...answer.body });
    }
    const eventual = String(req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
    if ((query.has('$search') || query.get('$count') === 'true') && !eventual) {
      return error(res, 400, 'Request_UnsupportedQuery', "$search and $count need the header 'ConsistencyLevel: eventual'.");
    }
    const result = resolveRoute(directory, path, query);
    if (result.kind === 'missing') return error(res, 404, 'Request_ResourceNotFound', `Resource '${result.what}' does not exist.`);
    const context = `${base}/v1.0/$metadata#${result.context}`;
    if (result.kind === 'entity') return send(res, 200, { '@odata.context': context, ...selectFields(result.item, query.get('$select'), query.get('$expand')) });

    try {
      if (query.has('$search') && !result.searchable) throw new UnsupportedQueryError('$search is not supported on this collection.');
      const filter = parseFilter(query.get('$filter'));
      const search = parseSearch(query.get('$search'));
      const matching = result.items.filter((item) => filter(item) && search(item));
      const top = Math.min(Number(query.get('$top') ?? pageSize) || pageSize, MAX_TOP);
      const offset = Number(Buffer.from(query.get('$skiptoken') ?? 'MA', 'base64url').toString('utf8')) || 0;
      const page = matching.slice(offset, offset + top).map((item) => selectFields(item, query.get('$select'), query.get('$expand')));
      const body: Record<string, unknown> = { '@odata.context': context };
      if (query.get('$count') === 'true') body['@odata.count'] = matching.length;
      if (offset + top < matching.length) {
        const next = new URL(url.href);
        next.searchParams.set('$skiptoken', Buffer.from(String(offset + top)).toString('base64url'));
        body['@odata.nextLink'] = next.href;
      }
      body.value = page;
      return send(res, 200, body);
    } catch (cause) {
      if (cause instanceof UnsupportedQueryError) return error(res, 400, 'Request_UnsupportedQuery', cause.message);
      throw cause;
    }
  };

  /** What real Graph refuses in a /users query that the default fake lets through. */
  const usersQueryProblem = (query: URLSearchParams): string | undefined => {
    const expand = query.get('$expand');
    if (behaviour.strictExpand && expand) {
      if (/\(/.test(expand)) return `Invalid $expand: nested query options are not supported for '${expandedNames(expand).join(',')}' on this resource.`;
      if (Number(query.get('$top') ?? 0) > 100) return 'The limit of 100 for $top with $expand was exceeded.';
    }
    if (behaviour.strictSelect) {
      const extensions = new Set(behaviour.extensions.map((name) => name.toLowerCase()));
      const unknown = (query.get('$select') ?? '').split(',').map((name) => name.trim()).filter(Boolean).find((name) => !KNOWN_USER_PROPERTIES.has(name.toLowerCase()) && !extensions.has(name.toLowerCase()));
      if (unknown) return `Property '${unknown}' does not exist as a declared property or extension property.`;
    }
    return undefined;
  };

  const server = http.createServer((req, res) => {
    const respond = () => {
      try {
        handle(req, res);
      } catch (cause) {
        error(res, 500, 'InternalServerError', cause instanceof Error ? cause.message : String(cause));
      }
    };
    if (options.latencyMs) setTimeout(respond, options.latencyMs);
    else respond();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    failNext: (prefix, status, retryAfterSeconds) => void failures.push({ prefix: stripVersion(prefix), status, retryAfter: retryAfterSeconds }),
    dropNext: (prefix) => void failures.push({ prefix: stripVersion(prefix), status: 'drop', retryAfter: undefined }),
    failAlways: (prefix, status, retryAfterSeconds) => void failures.push({ prefix: stripVersion(prefix), status, retryAfter: retryAfterSeconds, sustained: true }),
    clearFailures: () => void failures.splice(0, failures.length),
    behaviour,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
