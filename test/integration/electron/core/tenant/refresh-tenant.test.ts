import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppsService } from '../../../../../electron/core/apps/apps-service';
import { createGraphClient } from '../../../../../electron/core/graph/graph-client';
import { GraphError } from '../../../../../electron/core/graph/graph-error';
import { isAbortError } from '../../../../../electron/core/graph/retry-delay';
import { refreshTenant } from '../../../../../electron/core/tenant/refresh-tenant';
import { readTenant } from '../../../../../electron/core/tenant/tenant-reader';
import { importSnapshot } from '../../../../../electron/core/workspace/import-snapshot';
import { parseSnapshot, serializeSnapshot } from '../../../../../shared/snapshot/validate';
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { FAKE_NOW, FAKE_TENANT_ID, fakeTenantSnapshot } from '../../../../fakes/graph/fake-tenant';
import { SAMPLE_NOW, sample, tempWorkspace } from '../workspace-fixture';

let graph: FakeGraph;
let ws: ReturnType<typeof tempWorkspace>;
const source = fakeTenantSnapshot(FAKE_NOW);
const client = (url = graph.url) => createGraphClient({ baseUrl: `${url}/v1.0`, getAccessToken: async () => FAKE_GRAPH_TOKEN, sleep: async () => undefined });

beforeAll(async () => {
  expect(FAKE_NOW.getTime()).toBe(SAMPLE_NOW.getTime());
  graph = await startFakeGraph({ snapshot: source, pageSize: 5 });
});
afterAll(async () => {
  await graph.close();
});
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.dispose());

/** Every view of every app, without the fields that name where or when the data came from. */
function views(apps: AppsService, tenantId: string) {
  return apps.list(tenantId).map((app) => {
    const { tenantId: _t, fetchedAt: _f, ...summary } = app as typeof app & { tenantId?: string; fetchedAt?: string };
    const overview = apps.overview(tenantId, app.id) as unknown as Record<string, unknown>;
    const { tenantId: _ot, fetchedAt: _of, ...overviewRest } = overview;
    return { summary, overview: overviewRest, assignments: apps.assignments(tenantId, app.id), mappings: apps.mappings(tenantId, app.id) };
  });
}

describe('refreshTenant: fake Graph → workspace', () => {
  it('shows the same apps, assignments and mappings as the sample tenant it serves', async () => {
    const result = await refreshTenant(ws.workspace, client(), { now: () => new Date('2026-11-21T08:00:00Z') });
    expect(result).toMatchObject({ tenantId: FAKE_TENANT_ID, apps: 5, scanned: source.servicePrincipals.length });
    const reference = tempWorkspace();
    try {
      // Through the file format, as an import would: key order and defaults as zod leaves them.
      const parsed = parseSnapshot(serializeSnapshot(sample()));
      if (!parsed.ok) throw new Error('sample snapshot invalid');
      // Provisioning logs are the logs feature's to read; the tenant refresh reads none.
      importSnapshot(reference.workspace, { ...parsed.snapshot, provisioningLogs: [] }, 'sample');
      const apps = new AppsService(ws.workspace);
      const expected = views(new AppsService(reference.workspace), sample().tenant.id);
      expect(views(apps, FAKE_TENANT_ID)).toEqual(expected);
      expect(ws.workspace.tenants.get(FAKE_TENANT_ID)?.fetched_at).toBe('2026-11-21T08:00:00.000Z');
    } finally {
      reference.dispose();
    }
  });

  it('produces a snapshot that validates, with every in-scope user carrying the mapped source attributes', async () => {
    const { snapshot } = await readTenant(client());
    const parsed = parseSnapshot(serializeSnapshot(snapshot));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const howspace = snapshot.servicePrincipals.find((sp) => sp.displayName === 'Howspace');
    const original = source.servicePrincipals.find((sp) => sp.displayName === 'Howspace');
    expect(howspace?.synchronization.jobs[0]?.schema).toEqual(original?.synchronization.jobs[0]?.schema);
    expect(howspace?.appRoleAssignedTo).toEqual(original?.appRoleAssignedTo);
    const sourceUser = source.users.find((user) => user.id === snapshot.users[0]?.id);
    expect(snapshot.users[0]?.department ?? null).toEqual(sourceUser?.department ?? null);
  });

  it('finishes through throttling (429 with Retry-After) and a 503', async () => {
    const sp = source.servicePrincipals.find((s) => s.synchronization.jobs.length > 0)?.id ?? '';
    graph.failNext(`/servicePrincipals/${sp}/appRoleAssignedTo`, 429, 1);
    graph.failNext('/groups/', 503);
    const result = await refreshTenant(ws.workspace, client());
    expect(result.apps).toBe(5);
  });

  it('fails on 403 naming the permission, and leaves the workspace untouched', async () => {
    graph.failNext('/servicePrincipals', 403);
    const error = await refreshTenant(ws.workspace, client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).message).toContain('Application.Read.All');
    expect(ws.workspace.tenants.get(FAKE_TENANT_ID)).toBeUndefined();
  });

  it('leaves out one app whose schema cannot be fetched, naming it with the reason, and reads the rest', async () => {
    const howspace = source.servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;
    const schemaPath = `/servicePrincipals/${howspace.id}/synchronization/jobs/${howspace.synchronization.jobs[0]?.id}/schema`;
    for (let i = 0; i < 3; i += 1) graph.dropNext(schemaPath);
    const result = await refreshTenant(ws.workspace, client());
    expect(result.failedApps).toEqual([{ id: howspace.id, name: 'Howspace', reason: expect.stringContaining(`Microsoft Graph could not be reached (GET ${schemaPath})`) as string }]);
    expect(result.apps).toBe(source.servicePrincipals.filter((sp) => sp.synchronization.jobs.length > 0).length - 1);
  });

  it('keeps the previous complete data when the network fails mid-refresh', async () => {
    const first = await refreshTenant(ws.workspace, client(), { now: () => new Date('2026-11-21T08:00:00Z') });
    const before = views(new AppsService(ws.workspace), FAKE_TENANT_ID);
    // A request every app needs (the assigned groups' members), whose connection drops on every attempt.
    const group = source.servicePrincipals.flatMap((sp) => sp.appRoleAssignedTo).find((a) => a.principalType === 'Group')!;
    for (let i = 0; i < 3; i += 1) graph.dropNext(`/groups/${group.principalId}/members`);
    await expect(refreshTenant(ws.workspace, client(), { now: () => new Date('2026-11-22T08:00:00Z') })).rejects.toMatchObject({ status: 0 });
    expect(views(new AppsService(ws.workspace), FAKE_TENANT_ID)).toEqual(before);
    expect(ws.workspace.tenants.get(FAKE_TENANT_ID)?.fetched_at).toBe(first.fetchedAt);
  });

  it('can be cancelled, writing nothing', async () => {
    const controller = new AbortController();
    const pending = refreshTenant(ws.workspace, client(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.label.startsWith('Finding') && p.done === 2) controller.abort();
      },
    });
    expect(isAbortError(await pending.catch((e: unknown) => e))).toBe(true);
    expect(ws.workspace.tenants.get(FAKE_TENANT_ID)).toBeUndefined();
  });

  it('refreshes one app incrementally without re-reading the others', async () => {
    await refreshTenant(ws.workspace, client());
    const howspace = source.servicePrincipals.find((sp) => sp.displayName === 'Howspace')?.id ?? '';
    const start = graph.requests.length;
    const progress: string[] = [];
    const result = await refreshTenant(ws.workspace, client(), { appIds: [howspace], onProgress: (p) => progress.push(p.label) });
    expect(result.apps).toBe(1);
    const jobReads = graph.requests.slice(start).filter((r) => r.path.includes('/synchronization/jobs') && !r.path.includes('/schema'));
    expect(jobReads.map((r) => r.path)).toEqual([`/v1.0/servicePrincipals/${howspace}/synchronization/jobs`]);
    expect(new AppsService(ws.workspace).list(FAKE_TENANT_ID)).toHaveLength(5);
    expect(progress).toContain('Finding apps with provisioning');
  });

  it('finds apps by name with $search', async () => {
    const { snapshot } = await readTenant(client(), { search: 'Howspace' });
    expect(snapshot.servicePrincipals.map((sp) => sp.displayName)).toEqual(['Howspace']);
  });
});

describe('readTenant scanning apps that refuse synchronization reads', () => {
  it('skips a service principal that answers 403, but fails when every one does', async () => {
    const sso = source.servicePrincipals.find((sp) => sp.synchronization.jobs.length === 0)?.id ?? '';
    graph.failNext(`/servicePrincipals/${sso}/synchronization/jobs`, 403);
    const read = await readTenant(client());
    expect(read.skipped).toBe(1);
    expect(read.snapshot.servicePrincipals).toHaveLength(5);
    for (const sp of source.servicePrincipals) graph.failNext(`/servicePrincipals/${sp.id}/synchronization/jobs`, 403);
    await expect(readTenant(client())).rejects.toThrow(/Synchronization\.Read\.All/);
  });
});
