import type { GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { AppError } from '../../../shared/errors';
import { laQueryResponseSchema, type LaError, type LaTable } from '../../../shared/loganalytics/la-result';
import { abortableSleep, retryDelayMs } from '../graph/retry-delay';

export interface LaQueryResult {
  tables: LaTable[];
  /** The service's PartialError: the tables hold only part of the answer. */
  partial: LaError | null;
}

export interface LaClientOptions {
  /** https://api.loganalytics.io (or a national cloud's, or the local fake's). */
  endpoint: string;
  credential: TokenCredential;
  scope: string;
  fetch?: typeof fetch;
  /** Throttled (429) or unavailable (503) answers retried at most this often, each wait bounded. */
  maxRetries?: number;
  maxWaitMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told before each wait, so progress can say "throttled, retrying in 5 s". */
  onThrottle?: (info: { status: number; waitMs: number; attempt: number }) => void;
}

/** GetTokenOptions plus the one thing MSAL needs after a 401: skip the cached access token. */
export type LaTokenOptions = GetTokenOptions & { forceRefresh?: boolean };

/**
 * The Log Analytics query API (POST {endpoint}/v1/workspaces/{id}/query). A small fetch client, not
 * the SDK's LogsQueryClient: the SDK's bearer-token policy refuses every non-https URL (so it cannot
 * reach the local fake), and its own retry policy would hide the 429s we must show (README, "Log
 * Analytics"). It takes the same TokenCredential the SDK would.
 */
export class LaQueryClient {
  private readonly fetch: typeof fetch;
  constructor(private readonly options: LaClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async query(workspaceId: string, query: string, options: { timespan?: string; signal?: AbortSignal } = {}): Promise<LaQueryResult> {
    const url = `${this.options.endpoint}/v1/workspaces/${encodeURIComponent(workspaceId)}/query`;
    const body = JSON.stringify({ query, ...(options.timespan ? { timespan: options.timespan } : {}) });
    const maxRetries = this.options.maxRetries ?? 3;
    const sleep = this.options.sleep ?? abortableSleep;
    let refreshed = false;
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.token(refreshed, options.signal);
      let response: Response;
      try {
        response = await this.fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'wait=180' },
          body,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        throw new AppError('IO_ERROR', `Could not reach Log Analytics at ${this.options.endpoint}: ${error instanceof Error ? error.message : String(error)}. Check the network or proxy, then try again.`);
      }
      if (response.status === 401 && !refreshed) {
        // The cached token was refused (revoked or expired early): one retry with a fresh one.
        refreshed = true;
        await response.body?.cancel();
        continue;
      }
      if ((response.status === 429 || response.status === 503) && attempt < maxRetries) {
        const waitMs = Math.min(retryDelayMs(response.headers.get('retry-after'), attempt), this.options.maxWaitMs ?? 60_000);
        await response.body?.cancel();
        this.options.onThrottle?.({ status: response.status, waitMs, attempt: attempt + 1 });
        await sleep(waitMs, options.signal);
        continue;
      }
      const text = await response.text();
      if (!response.ok) throw errorFor(response.status, text, workspaceId, response.headers.get('retry-after'));
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new AppError('IO_ERROR', 'Log Analytics answered with something that is not JSON. Try again; if it persists, check any proxy in between.');
      }
      const parsed = laQueryResponseSchema.safeParse(json);
      if (!parsed.success) throw new AppError('IO_ERROR', 'Log Analytics answered without result tables. Try again; if it persists, check any proxy in between.');
      return { tables: parsed.data.tables, partial: parsed.data.error ?? null };
    }
  }

  private async token(forceRefresh: boolean, signal?: AbortSignal): Promise<string> {
    const options: LaTokenOptions = { ...(signal ? { abortSignal: signal } : {}), ...(forceRefresh ? { forceRefresh } : {}) };
    const token = await this.options.credential.getToken(this.options.scope, options);
    if (!token) throw new AppError('FORBIDDEN', 'No token for Log Analytics could be had. Sign in again.');
    return token.token;
  }
}

function errorFor(status: number, text: string, workspaceId: string, retryAfter: string | null): AppError {
  let error: { code?: string; message?: string; innererror?: { code?: string; message?: string } } = {};
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const said = [error.code, error.innererror?.message ?? error.message].filter(Boolean).join(': ');
  switch (status) {
    case 400:
      return new AppError('BAD_REQUEST', `Log Analytics refused the query (${said || 'bad request'}).`);
    case 401:
      return new AppError('FORBIDDEN', `Log Analytics did not accept the sign-in (${said || '401'}). Sign in again; the account must be in the workspace's tenant.`);
    case 403:
      return new AppError('FORBIDDEN', `This account may not read workspace ${workspaceId} (${said || '403'}). Ask for the Log Analytics Reader role on the workspace (or Reader on its resource group).`);
    case 404:
      return new AppError('NOT_FOUND', `Log Analytics has no workspace ${workspaceId} (${said || '404'}). Check the workspace ID (Log Analytics workspace → Overview → Workspace ID) and the cloud.`);
    case 429:
      return new AppError('IO_ERROR', `Log Analytics is throttling this account (${said || '429'}) and still was after our retries${retryAfter ? `; it asks to wait ${retryAfter} s` : ''}. Wait a minute, then try again.`);
    default:
      return new AppError('IO_ERROR', `Log Analytics answered ${status}${said ? ` (${said})` : ''}. Try again later.`);
  }
}
