import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, getAll, type GraphClientOptions } from '../../../../../electron/core/graph/graph-client';
import { GraphError } from '../../../../../electron/core/graph/graph-error';
import { isAbortError } from '../../../../../electron/core/graph/retry-delay';
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { fakeTenantSnapshot } from '../../../../fakes/graph/fake-tenant';

const snapshot = fakeTenantSnapshot();
let graph: FakeGraph;

beforeAll(async () => {
  graph = await startFakeGraph({ snapshot, pageSize: 7 });
});
afterAll(async () => {
  await graph.close();
});

function client(overrides: Partial<GraphClientOptions> = {}) {
  const sleeps: number[] = [];
  const instance = createGraphClient({
    baseUrl: `${graph.url}/v1.0`,
    getAccessToken: async () => FAKE_GRAPH_TOKEN,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
  return { instance, sleeps };
}

function requestsSince(start: number, prefix: string) {
  return graph.requests.slice(start).filter((request) => request.path.startsWith(prefix));
}

describe('graph client against the fake Graph', () => {
  it('follows @odata.nextLink across pages until every user is read', async () => {
    const start = graph.requests.length;
    const users = await getAll<{ id: string }>(client().instance, '/users?$select=id,userPrincipalName');
    const active = snapshot.users.filter((user) => !user.deletedDateTime);
    expect(users.map((user) => user.id).sort()).toEqual(active.map((user) => user.id).sort());
    expect(requestsSince(start, '/v1.0/users').length).toBe(Math.ceil(active.length / 7));
  });

  it('returns only the $select-ed fields', async () => {
    const page = await client().instance.get<{ value: Array<Record<string, unknown>> }>('/users?$select=id,department&$top=3');
    expect(page.value).toHaveLength(3);
    for (const user of page.value) expect(Object.keys(user).sort()).toEqual(['department', 'id']);
  });

  it('sends ConsistencyLevel: eventual with $search, which Graph rejects without it', async () => {
    const target = snapshot.servicePrincipals[0]?.displayName ?? '';
    const word = target.split(' ')[0] ?? '';
    const found = await getAll<{ displayName: string }>(client().instance, `/servicePrincipals?$search="displayName:${word}"&$count=true`);
    expect(found.map((sp) => sp.displayName)).toContain(target);
    const raw = await fetch(`${graph.url}/v1.0/servicePrincipals?$search="displayName:${word}"`, { headers: { authorization: `Bearer ${FAKE_GRAPH_TOKEN}` } });
    expect(raw.status).toBe(400);
  });

  it('retries a 429 after the Retry-After the server sent', async () => {
    const { instance, sleeps } = client();
    graph.failNext('/organization', 429, 3);
    const org = await instance.get<{ value: Array<{ id: string }> }>('/organization');
    expect(org.value[0]?.id).toBe(snapshot.tenant.id);
    expect(sleeps).toEqual([3300]); // Retry-After plus 10% jitter at random() = 0.5
  });

  it('backs off exponentially on 503 without Retry-After', async () => {
    const { instance, sleeps } = client();
    graph.failNext('/organization', 503);
    graph.failNext('/organization', 503);
    await instance.get('/organization');
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up after maxRetries and names the request', async () => {
    const { instance } = client({ maxRetries: 1 });
    graph.failNext('/organization', 429, 1);
    graph.failNext('/organization', 429, 1);
    const error = await instance.get('/organization').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(429);
    expect((error as GraphError).message).toContain('GET /organization');
  });

  it('turns a 403 into an error naming the permission and role to ask for, the request, and no token', async () => {
    const sp = snapshot.servicePrincipals[0]?.id ?? '';
    graph.failNext(`/servicePrincipals/${sp}/synchronization/jobs`, 403);
    const error = (await client().instance.get(`/servicePrincipals/${sp}/synchronization/jobs`).catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain(`GET /servicePrincipals/${sp}/synchronization/jobs`);
    expect(error.message).toContain('Synchronization.Read.All');
    expect(error.message).toContain('Application Administrator');
    expect(error.message).toContain('Authorization_RequestDenied');
    expect(JSON.stringify(error)).not.toContain(FAKE_GRAPH_TOKEN);
    expect(error.message).not.toContain(FAKE_GRAPH_TOKEN);
  });

  it('retries a dropped connection', async () => {
    const { instance, sleeps } = client();
    graph.dropNext('/organization');
    await expect(instance.get('/organization')).resolves.toBeDefined();
    expect(sleeps).toEqual([1000]);
  });

  it('reports a connection that keeps dropping as a network failure of that request', async () => {
    for (let i = 0; i < 3; i += 1) graph.dropNext('/groups');
    const error = (await client().instance.get('/groups').catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(0);
    expect(error.message).toContain('GET /groups');
  });

  it('rejects a token the fake did not issue with a sign-in-again error', async () => {
    const error = (await client({ getAccessToken: async () => 'forged' }).instance.get('/organization').catch((e: unknown) => e)) as GraphError;
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/sign in again/i);
    expect(error.message).not.toContain('forged');
  });

  it('stops waiting for a retry as soon as the caller cancels', async () => {
    const controller = new AbortController();
    const instance = createGraphClient({ baseUrl: `${graph.url}/v1.0`, getAccessToken: async () => FAKE_GRAPH_TOKEN });
    graph.failNext('/organization', 429, 60);
    const start = graph.requests.length;
    const pending = instance.get('/organization', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(requestsSince(start, '/v1.0/organization')).toHaveLength(1);
  });

  it('never has more requests in flight than maxConcurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const countingFetch: typeof fetch = async (input, init) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 15));
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    const { instance } = client({ fetch: countingFetch, maxConcurrency: 2 });
    await Promise.all(snapshot.users.slice(0, 8).map((user) => instance.get(`/users/${user.id}`)));
    expect(peak).toBe(2);
  });

  it('refuses to send the token to a host named by a foreign nextLink', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(JSON.stringify({ value: [1], '@odata.nextLink': 'https://evil.example/v1.0/users?$skiptoken=x' }), { status: 200 });
    };
    const { instance } = client({ fetch: fakeFetch });
    const error = await getAll(instance, '/users').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(seen).toHaveLength(1);
  });
});
