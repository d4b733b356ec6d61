import { describe, expect, it } from 'vitest';
import { LaQueryClient, type LaTokenOptions } from '../../../../../electron/core/loganalytics/la-client';

const TABLE = { name: 'PrimaryResult', columns: [{ name: 'Total', type: 'long' }], rows: [[3]] };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function client(answers: Response[], options: { maxRetries?: number } = {}) {
  const calls: Array<{ url: string; body: unknown; auth: string }> = [];
  const waits: number[] = [];
  const tokens: boolean[] = [];
  const throttles: number[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(init.body as string), auth: (init.headers as Record<string, string>).authorization! });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next;
  }) as unknown as typeof globalThis.fetch;
  const la = new LaQueryClient({
    endpoint: 'https://api.loganalytics.io',
    scope: 'https://api.loganalytics.io/.default',
    credential: { getToken: async (_scopes, o?: LaTokenOptions) => (tokens.push(o?.forceRefresh ?? false), { token: o?.forceRefresh ? 'fresh' : 'cached', expiresOnTimestamp: 0 }) },
    fetch,
    sleep: async (ms) => void waits.push(ms),
    onThrottle: ({ waitMs }) => throttles.push(waitMs),
    ...options,
  });
  return { la, calls, waits, tokens, throttles };
}

describe('LaQueryClient', () => {
  it('posts the query and timespan to the workspace and returns the tables', async () => {
    const { la, calls } = client([json(200, { tables: [TABLE] })]);
    expect(await la.query('ws-1', 'AADProvisioningLogs | count', { timespan: 'P1D' })).toEqual({ tables: [TABLE], partial: null });
    expect(calls).toEqual([{ url: 'https://api.loganalytics.io/v1/workspaces/ws-1/query', body: { query: 'AADProvisioningLogs | count', timespan: 'P1D' }, auth: 'Bearer cached' }]);
  });

  it('returns a PartialError beside the partial tables', async () => {
    const error = { code: 'PartialError', message: 'There were some errors when processing your query.', details: [{ code: 'EngineError', message: 'limit' }] };
    const { la } = client([json(200, { tables: [TABLE], error })]);
    expect(await la.query('ws', 'q')).toEqual({ tables: [TABLE], partial: error });
  });

  it('honours Retry-After on 429, bounded, and says so before each wait', async () => {
    const { la, waits, throttles } = client([json(429, { error: { code: 'ThrottledError', message: 'slow down' } }, { 'retry-after': '7' }), json(429, {}, { 'retry-after': '600' }), json(200, { tables: [TABLE] })]);
    await la.query('ws', 'q');
    expect(waits).toEqual([7000, 60_000]);
    expect(throttles).toEqual([7000, 60_000]);
  });

  it('retries a 503 the same way and then answers', async () => {
    const { la, waits } = client([json(503, { error: { code: 'ServiceUnavailableError', message: 'busy' } }, { 'retry-after': '2' }), json(200, { tables: [TABLE] })]);
    expect((await la.query('ws', 'q')).tables).toEqual([TABLE]);
    expect(waits).toEqual([2000]);
  });

  it('gives up after its retries with the service words and the wait it asked for', async () => {
    const throttled = () => json(429, { error: { code: 'ThrottledError', message: 'Too many requests' } }, { 'retry-after': '30' });
    const { la, calls } = client([throttled(), throttled()], { maxRetries: 1 });
    await expect(la.query('ws', 'q')).rejects.toThrow('Log Analytics is throttling this account (ThrottledError: Too many requests) and still was after our retries; it asks to wait 30 s. Wait a minute, then try again.');
    expect(calls).toHaveLength(2);
  });

  it('retries a 401 once with a refreshed token, then explains', async () => {
    const { la, tokens, calls } = client([json(401, { error: { code: 'AuthorizationRequiredError', message: 'Valid authentication was not provided' } }), json(200, { tables: [] })]);
    await la.query('ws', 'q');
    expect(tokens).toEqual([false, true]);
    expect(calls.map((c) => c.auth)).toEqual(['Bearer cached', 'Bearer fresh']);
    const twice = client([json(401, {}), json(401, { error: { code: 'AuthorizationRequiredError', message: 'Valid authentication was not provided' } })]);
    await expect(twice.la.query('ws', 'q')).rejects.toThrow("Log Analytics did not accept the sign-in (AuthorizationRequiredError: Valid authentication was not provided). Sign in again; the account must be in the workspace's tenant.");
  });

  it('names the role to ask for on 403, the workspace on 404 and the parser message on 400', async () => {
    const { la } = client([
      json(403, { error: { code: 'InsufficientAccessError', message: 'The provided credentials have insufficient access to perform the requested operation' } }),
      json(404, { error: { code: 'WorkspaceNotFoundError', message: 'not found' } }),
      json(400, { error: { code: 'BadArgumentError', message: 'The request had some invalid properties', innererror: { code: 'SyntaxError', message: 'Syntax error at position 3' } } }),
    ]);
    await expect(la.query('ws-9', 'q')).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'This account may not read workspace ws-9 (InsufficientAccessError: The provided credentials have insufficient access to perform the requested operation). Ask for the Log Analytics Reader role on the workspace (or Reader on its resource group).' });
    await expect(la.query('ws-9', 'q')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(la.query('ws-9', 'q')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Log Analytics refused the query (BadArgumentError: Syntax error at position 3).' });
  });
});
