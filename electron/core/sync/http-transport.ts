import { SCIM_CONTENT_TYPE, TransportError, type ScimRequest, type ScimResponse, type ScimTransport } from '../../../shared/sync';

export interface HttpTransportOptions {
  /** The Tenant URL, e.g. http://127.0.0.1:PORT/scim/v2 (a trailing slash and query flags such as ?aadOptscim062020 are dropped). */
  baseUrl: string;
  token: string;
  /** Per request; Entra gives up on a slow target too. Default 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Strips what Entra strips from a Tenant URL before appending /Users and /Groups: the query (flags) and trailing slashes. */
export function normalizeTenantUrl(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString().replace(/\/+$/, '');
}

/** Sends SCIM requests with the bearer token over fetch; a timeout or a refused connection becomes a TransportError. */
export function createHttpTransport(options: HttpTransportOptions): ScimTransport {
  const baseUrl = normalizeTenantUrl(options.baseUrl);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    baseUrl,
    async send(request: ScimRequest): Promise<ScimResponse> {
      const headers: Record<string, string> = { Authorization: `Bearer ${options.token}`, Accept: SCIM_CONTENT_TYPE };
      if (request.body !== undefined) headers['Content-Type'] = `${SCIM_CONTENT_TYPE}; charset=utf-8`;
      let response: Response;
      try {
        response = await doFetch(baseUrl + request.path, {
          method: request.method,
          headers,
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'manual',
        });
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'TimeoutError' || name === 'AbortError') throw new TransportError('timeout', `no answer within ${Math.round(timeoutMs / 1000)} s`);
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new TransportError('network', cause?.code ? `${cause.code}${cause.message ? ` (${cause.message})` : ''}` : (error as Error).message);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'TimeoutError' || name === 'AbortError') throw new TransportError('timeout', `the answer did not finish within ${Math.round(timeoutMs / 1000)} s`);
        throw new TransportError('network', (error as Error).message);
      }
      const out: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        if (key === 'set-cookie') return;
        out[key] = value;
      });
      return { status: response.status, headers: out, text };
    },
  };
}
