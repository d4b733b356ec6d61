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
  /** Follows @odata.nextLink; yields each page's `value` array. */
  pages<T>(pathOrUrl: string, options?: GraphRequestOptions): AsyncIterable<T[]>;
}

export interface GraphClientOptions {
  /** e.g. 'https://graph.microsoft.com/v1.0' or the fake's URL + '/v1.0' */
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  fetch?: typeof fetch;
  /** Requests in flight at once (default 8: well inside Graph's per-app token bucket). */
  maxConcurrency?: number;
  /** Retries of a 429/503/504 answer before giving up (default 5). */
  maxRetries?: number;
  logger?: Logger;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const RETRY_STATUSES = new Set([429, 503, 504]);
/** Network failures are retried fewer times than throttling: an unreachable host rarely comes back in seconds. */
const NETWORK_RETRIES = 2;
/** A collection longer than this many pages is a server bug (a nextLink loop), not a tenant. */
const MAX_PAGES = 100_000;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const basePath = base.pathname;
  const doFetch = options.fetch ?? fetch;
  const limit = new ConcurrencyLimit(options.maxConcurrency ?? 8);
  const maxRetries = options.maxRetries ?? 5;
  const sleep = options.sleep ?? abortableSleep;
  const logger = options.logger;

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

  const send = async (url: URL, path: string, request: GraphRequestOptions): Promise<Response> => {
    const token = await options.getAccessToken();
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers, authorization: `Bearer ${token}` };
    if (/[?&](\$search=|\$count=true)/i.test(decodeURIComponent(url.search)) && !hasHeader(headers, 'consistencylevel')) headers.ConsistencyLevel = 'eventual';
    const started = Date.now();
    try {
      const response = await doFetch(url, { method: 'GET', headers, ...(request.signal ? { signal: request.signal } : {}) });
      logger?.debug('graph request', { method: 'GET', path, status: response.status, ms: Date.now() - started });
      return response;
    } catch (error) {
      if (request.signal?.aborted) throw abortReason(request.signal);
      throw new GraphError({ status: 0, method: 'GET', path, cause: error });
    }
  };

  const get = async <T>(pathOrUrl: string, request: GraphRequestOptions = {}): Promise<T> => {
    const { url, path } = resolve(pathOrUrl);
    for (let attempt = 0; ; attempt += 1) {
      request.signal?.throwIfAborted();
      let response: Response;
      try {
        response = await limit.run(() => send(url, path, request));
      } catch (error) {
        // A dropped connection is retried like a 503 (every call here is an idempotent GET).
        if (!(error instanceof GraphError) || error.status !== 0 || attempt >= Math.min(maxRetries, NETWORK_RETRIES)) throw error;
        logger?.info('graph request failed, retrying', { path, attempt: attempt + 1 });
        await sleep(retryDelayMs(null, attempt), request.signal);
        continue;
      }
      if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
      if (RETRY_STATUSES.has(response.status) && attempt < maxRetries) {
        const wait = retryDelayMs(response.headers.get('retry-after'), attempt);
        await response.body?.cancel();
        logger?.info('graph throttled, retrying', { path, status: response.status, waitMs: wait, attempt: attempt + 1 });
        await sleep(wait, request.signal);
        continue;
      }
      const body = await readErrorBody(response);
      throw new GraphError({ status: response.status, method: 'GET', path, graphCode: body.code, graphMessage: body.message });
    }
  };

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

  return { get, pages };
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
