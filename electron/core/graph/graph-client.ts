/**
 * A thin fetch-based Microsoft Graph client. We do not use @microsoft/microsoft-graph-client: it only
 * follows https `@odata.nextLink`s and only sends the token to hosts it knows (toolchain-facts §5), so
 * national-cloud proxies and the local fakes would need a rewriting middleware; its retry handler
 * cannot be cancelled mid-wait or shared across a concurrency limit; and we read only GET collections.
 * This client is ~150 lines we fully control: paging, retry, concurrency, cancellation, typed errors.
 */
import type { Logger } from '../logger';
import { ConcurrencyLimit } from './concurrency-limit';
import { GraphError } from './graph-error';
import { abortableSleep, abortReason, retryDelayMs } from './retry-delay';

export interface GraphRequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface GraphClient {
  /** GET a path relative to the Graph base (e.g. '/servicePrincipals?$select=id') or an absolute nextLink. */
  get<T>(pathOrUrl: string, options?: GraphRequestOptions): Promise<T>;
  /** POST a read-only action (e.g. `/directoryObjects/getAvailableExtensionProperties`); retried like a GET. */
  post?<T>(path: string, body: unknown, options?: GraphRequestOptions): Promise<T>;
  /** Follows @odata.nextLink; yields each page's `value` array. */
  pages<T>(pathOrUrl: string, options?: GraphRequestOptions): AsyncIterable<T[]>;
}

export interface GraphClientOptions {
  /** e.g. 'https://graph.microsoft.com/v1.0' or the fake's URL + '/v1.0' */
  baseUrl: string;
  /** `forceRefresh` is asked once after a 401 mid-read: the token may have expired or been revoked. */
  getAccessToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
  fetch?: typeof fetch;
  /** Requests in flight at once (default 8: well inside Graph's per-app token bucket). */
  maxConcurrency?: number;
  /** Most retries of one request answered 429/500/502/503/504 (default 30; the deadline usually ends them first). */
  maxRetries?: number;
  /** Retries stop once this many ms have passed since the client was made (default 20 minutes): the overall deadline of a read. */
  retryDeadlineMs?: number;
  logger?: Logger;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for the deadline (default Date.now). */
  now?: () => number;
  /** 0..1, for jitter (default Math.random). */
  random?: () => number;
}

export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Default overall deadline for retries of one client (one read or pull). */
export const DEFAULT_RETRY_DEADLINE_MS = 20 * 60_000;
/** Network failures are retried fewer times than throttling: an unreachable host rarely comes back in seconds. */
const NETWORK_RETRIES = 2;
/** A collection longer than this many pages is a server bug (a nextLink loop), not a tenant. */
const MAX_PAGES = 100_000;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const basePath = base.pathname;
  const doFetch = options.fetch ?? fetch;
  const limit = new ConcurrencyLimit(options.maxConcurrency ?? 8);
  const maxRetries = options.maxRetries ?? 30;
  const sleep = options.sleep ?? abortableSleep;
  const logger = options.logger;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const deadline = now() + (options.retryDeadlineMs ?? DEFAULT_RETRY_DEADLINE_MS);
  /** The wait before a retry, with jitter so parallel requests do not return in lockstep; undefined once past the deadline. */
  const retryWait = (retryAfter: string | null, attempt: number): number | undefined => {
    const base = retryDelayMs(retryAfter, attempt);
    const wait = Math.round(retryAfter ? base * (1 + 0.2 * random()) : base * (0.5 + random()));
    return now() + wait <= deadline ? wait : undefined;
  };

  /** Absolute URL plus the path relative to the version root, for errors and logs. */
  const resolve = (pathOrUrl: string): { url: URL; path: string } => {
    const absolute = /^https?:\/\//i.test(pathOrUrl);
    const url = absolute ? new URL(pathOrUrl) : new URL(base.href + (pathOrUrl.startsWith('/') ? '' : '/') + pathOrUrl);
    // The token goes only to the configured Graph endpoint, never to a host a nextLink names.
    if (url.origin !== base.origin || !url.pathname.startsWith(basePath)) {
      throw new GraphError({ status: 0, method: 'GET', path: `${url.origin}${url.pathname}`, graphMessage: 'refused: not the configured Graph endpoint' });
    }
    return { url, path: decodeURIComponent(url.pathname.slice(basePath.length)) + decodeURIComponent(url.search) };
  };

  const send = async (url: URL, path: string, request: GraphRequestOptions, call: Call): Promise<Response> => {
    const token = await options.getAccessToken(call.refresh ? { forceRefresh: true } : undefined);
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers, authorization: `Bearer ${token}` };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (/[?&](\$search=|\$count=true)/i.test(decodeURIComponent(url.search)) && !hasHeader(headers, 'consistencylevel')) headers.ConsistencyLevel = 'eventual';
    const started = Date.now();
    try {
      const init: RequestInit = { method: call.method, headers, ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}), ...(request.signal ? { signal: request.signal } : {}) };
      const response = await doFetch(url, init);
      logger?.debug('graph request', { method: call.method, path, status: response.status, ms: Date.now() - started });
      return response;
    } catch (error) {
      if (request.signal?.aborted) throw abortReason(request.signal);
      throw new GraphError({ status: 0, method: call.method, path, cause: error });
    }
  };

  const call = async <T>(pathOrUrl: string, request: GraphRequestOptions, method: 'GET' | 'POST', body?: unknown): Promise<T> => {
    const { url, path } = resolve(pathOrUrl);
    const state: Call = { method, body, refresh: false };
    for (let attempt = 0; attempt <= maxRetries + 1; attempt += 1) {
      request.signal?.throwIfAborted();
      let response: Response;
      try {
        response = await limit.run(() => send(url, path, request, state));
      } catch (error) {
        // A dropped connection is retried like a 503 (every call here only reads).
        const wait = error instanceof GraphError && error.status === 0 && attempt < Math.min(maxRetries, NETWORK_RETRIES) ? retryWait(null, attempt) : undefined;
        if (wait === undefined) throw error;
        logger?.info('graph request failed, retrying', { path, attempt: attempt + 1 });
        await sleep(wait, request.signal);
        continue;
      }
      if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
      // A 401 mid-read: the token expired or was revoked while we paged. Retry once with a fresh one.
      if (response.status === 401 && !state.refresh) {
        await response.body?.cancel();
        state.refresh = true;
        logger?.info('graph answered 401, retrying once with a refreshed token', { path });
        continue;
      }
      const wait = RETRY_STATUSES.has(response.status) && attempt < maxRetries ? retryWait(response.headers.get('retry-after'), attempt) : undefined;
      if (wait !== undefined) {
        await response.body?.cancel();
        logger?.info('graph throttled or unavailable, retrying', { path, status: response.status, waitMs: wait, attempt: attempt + 1 });
        await sleep(wait, request.signal);
        continue;
      }
      const error = await readErrorBody(response);
      throw new GraphError({ status: response.status, method, path, graphCode: error.code, graphMessage: error.message });
    }
    throw new GraphError({ status: 0, method, path, graphMessage: 'gave up after too many retries' });
  };

  const get = <T>(pathOrUrl: string, request: GraphRequestOptions = {}): Promise<T> => call<T>(pathOrUrl, request, 'GET');
  const post = <T>(path: string, body: unknown, request: GraphRequestOptions = {}): Promise<T> => call<T>(path, request, 'POST', body);

  async function* pages<T>(pathOrUrl: string, request: GraphRequestOptions = {}): AsyncIterable<T[]> {
    let next: string | undefined = pathOrUrl;
    const seen = new Set<string>();
    for (let count = 0; next !== undefined && count < MAX_PAGES; count += 1) {
      if (seen.has(next)) throw new GraphError({ status: 0, method: 'GET', path: resolve(next).path, graphMessage: 'the server repeated a nextLink' });
      seen.add(next);
      const page: GraphPage<T> = await get<GraphPage<T>>(next, request);
      yield page.value ?? [];
      next = page['@odata.nextLink'];
    }
  }

  return { get, post, pages };
}

interface Call {
  method: 'GET' | 'POST';
  body: unknown;
  /** Set after a 401: the next token is asked with forceRefresh. */
  refresh: boolean;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

async function readErrorBody(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    return {
      ...(typeof body.error?.code === 'string' ? { code: body.error.code } : {}),
      ...(typeof body.error?.message === 'string' ? { message: body.error.message.slice(0, 500) } : {}),
    };
  } catch {
    return {};
  }
}

/** Collects every page of a collection (for small collections; stream `pages` for big ones). */
export async function getAll<T>(client: GraphClient, pathOrUrl: string, options?: GraphRequestOptions): Promise<T[]> {
  const all: T[] = [];
  for await (const page of client.pages<T>(pathOrUrl, options)) all.push(...page);
  return all;
}
