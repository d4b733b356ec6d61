import { afterEach, describe, expect, it } from 'vitest';
import { auditApp } from '../../../../../shared/audit';
import type { Snapshot } from '../../../../../shared/snapshot/schema';
import { createGraphClient } from '../../../../../electron/core/graph/graph-client';
import { readTenant } from '../../../../../electron/core/tenant/tenant-reader';
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { fakeTenantSnapshot } from '../../../../fakes/graph/fake-tenant';
import { largeTenantSnapshot, SCALE_TENANT } from '../../../../fakes/graph/large-tenant';

let graph: FakeGraph | undefined;
afterEach(async () => {
  await graph?.close();
  graph = undefined;
});

const clientFor = (fake: FakeGraph) =>
  createGraphClient({ baseUrl: `${fake.url}/v1.0`, getAccessToken: async () => FAKE_GRAPH_TOKEN, sleep: async () => undefined, maxRetries: 4, random: () => 0.5 });
const provisioning = (snapshot: Snapshot) => snapshot.servicePrincipals.filter((sp) => sp.synchronization.jobs.length > 0);

describe('reading a tenant the way real Graph behaves (issue 14)', () => {
  it('treats a 401 on the synchronization API as access denied for that app, continues, and names the roles', async () => {
    const source = fakeTenantSnapshot();
    const [denied, ...rest] = provisioning(source);
    graph = await startFakeGraph({ snapshot: source });
    graph.behaviour.syncRoleMissing = new Set([denied!.id]);
    const read = await readTenant(clientFor(graph));
    expect(read.skipped).toBe(1);
    expect(read.deniedApps.map((app) => app.id)).toEqual([denied!.id]);
    expect(read.deniedApps[0]!.reason).toContain('Application Administrator, Cloud Application Administrator');
    expect(read.snapshot.servicePrincipals.map((sp) => sp.id).sort()).toEqual(rest.map((sp) => sp.id).sort());
  });

  it('fails with the roles to ask for when the synchronization API refuses every app', async () => {
    graph = await startFakeGraph();
    graph.behaviour.syncRoleMissing = true;
    await expect(readTenant(clientFor(graph))).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Cloud Application Administrator') as string });
  });

  it('reads every user when a mapping uses an attribute Graph cannot return, and the audit reports it', async () => {
    const source = fakeTenantSnapshot();
    graph = await startFakeGraph({ snapshot: source });
    graph.behaviour.strictSelect = true;
    graph.behaviour.strictExpand = true;
    const read = await readTenant(clientFor(graph));
    const fabrikam = read.snapshot.servicePrincipals.find((sp) => sp.synchronization.jobs.some((job) => JSON.stringify(job.schema).includes('departmnet')))!;
    expect(fabrikam.synchronization.jobs[0]!.graphUnreadableSourceAttributes).toEqual([{ name: 'departmnet', reason: 'not a Microsoft Graph user property (a typo, or a name only Entra provisioning knows)' }]);
    const selects = graph.requests.filter((r) => r.path.startsWith('/v1.0/users?')).map((r) => r.path);
    expect(selects.every((path) => !path.includes('departmnet') && !path.includes('manager('))).toBe(true);
    const fromSource = read.snapshot.users.length;
    expect(fromSource).toBeGreaterThan(0);
    const finding = auditApp(fabrikam, read.snapshot).findings.find((f) => f.ruleId === 'unknown-source-attribute')!;
    expect(finding.message).toContain('Microsoft Graph cannot return it either (not a Microsoft Graph user property');
  });

  it('drops a directory extension the tenant no longer has (its app was deleted) before asking Graph, and records it', async () => {
    const source = fakeTenantSnapshot();
    const app = provisioning(source)[0]!;
    const extension = 'extension_0123456789abcdef0123456789abcdef_costCenter';
    app.synchronization.jobs[0]!.schema.synchronizationRules[0]!.objectMappings[0]!.attributeMappings.push({
      targetAttributeName: 'costCenter', matchingPriority: 0, flowType: 'Always', source: { type: 'Attribute', name: extension, parameters: [] },
    });
    graph = await startFakeGraph({ snapshot: source });
    graph.behaviour.strictSelect = true;
    graph.behaviour.extensions = [];
    const read = await readTenant(clientFor(graph));
    expect(graph.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/v1.0/directoryObjects/getAvailableExtensionProperties']);
    expect(graph.requests.some((r) => r.path.includes(extension))).toBe(false);
    const job = read.snapshot.servicePrincipals.find((sp) => sp.id === app.id)!.synchronization.jobs[0]!;
    expect(job.graphUnreadableSourceAttributes).toContainEqual({ name: extension, reason: 'not a directory extension registered in this tenant (the app that defined it may have been deleted)' });
  });

  it('reads a 10,000-service-principal tenant with 50 provisioning apps completely, except 3 failing apps each named with its reason', async () => {
    const source = largeTenantSnapshot(SCALE_TENANT);
    const apps = provisioning(source);
    const [schemaDown, noRole, badJob] = [apps[3]!, apps[17]!, apps[42]!];
    // An app whose job cannot be read at all (no id): the reader names the resource and the field.
    const jobs = badJob.synchronization.jobs as unknown as Array<Record<string, unknown>>;
    delete jobs[0]!.id;
    jobs[0]!.schema = { directories: [], synchronizationRules: [] };
    graph = await startFakeGraph({ snapshot: source, pageSize: 100 });
    graph.failAlways(`/servicePrincipals/${schemaDown.id}/synchronization/jobs/${schemaDown.synchronization.jobs[0]!.id}/schema`, 500);
    graph.behaviour.syncRoleMissing = new Set([noRole.id]);
    graph.behaviour.strictExpand = true;
    graph.behaviour.strictSelect = true;
    const read = await readTenant(clientFor(graph));
    expect(read.scanned).toBe(10_000);
    expect(read.snapshot.servicePrincipals).toHaveLength(47);
    expect(read.failedApps.map((app) => [app.name, app.reason])).toEqual(
      [
        [badJob.displayName, 'The synchronization job without an id cannot be read: its id is missing.'],
        [schemaDown.displayName, `Microsoft Graph answered 500 InternalServerError to GET /servicePrincipals/${schemaDown.id}/synchronization/jobs/${schemaDown.synchronization.jobs[0]!.id}/schema: The service failed to answer`],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    expect(read.deniedApps.map((app) => app.name)).toEqual([noRole.displayName]);
    // Microsoft's first-party service principals are never asked for jobs.
    const jobCalls = graph.requests.filter((r) => /\/synchronization\/jobs$/.test(r.path)).length;
    expect(jobCalls).toBe(SCALE_TENANT.firstPartyFrom! + 1); // the refused app's 401 is retried once with a refreshed token
    const expectedUsers = new Set(read.snapshot.servicePrincipals.flatMap((sp) => sp.appRoleAssignedTo.filter((a) => a.principalType === 'User').map((a) => a.principalId)));
    for (const id of expectedUsers) expect(read.snapshot.users.some((user) => user.id === id)).toBe(true);
  });
});
