import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, getAll } from '../../../../electron/core/graph/graph-client';
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from '../../../fakes/graph/fake-graph';
import { FAKE_TENANT_ID, fakeTenantSnapshot } from '../../../fakes/graph/fake-tenant';

const snapshot = fakeTenantSnapshot();
let graph: FakeGraph;
const graphClient = () => createGraphClient({ baseUrl: `${graph.url}/v1.0`, getAccessToken: async () => FAKE_GRAPH_TOKEN, sleep: async () => undefined });

beforeAll(async () => {
  graph = await startFakeGraph({ snapshot });
});
afterAll(async () => {
  await graph.close();
});

describe('fake Graph', () => {
  it('serves the sample tenant under its own tenant id', async () => {
    const org = await graphClient().get<{ value: Array<{ id: string }> }>('/organization');
    expect(org.value[0]?.id).toBe(FAKE_TENANT_ID);
  });

  it('filters provisioning logs by service principal and activityDateTime window, newest first, paged by $top', async () => {
    const sp = snapshot.provisioningLogs[0]?.servicePrincipal?.id ?? '';
    const all = snapshot.provisioningLogs.filter((log) => log.servicePrincipal?.id === sp);
    const from = all[Math.floor(all.length / 2)]?.activityDateTime ?? '';
    const expected = all.filter((log) => Date.parse(log.activityDateTime) >= Date.parse(from));
    const start = graph.requests.length;
    const got = await getAll<{ id: string }>(graphClient(), `/auditLogs/provisioning?$filter=servicePrincipal/id eq '${sp}' and activityDateTime ge ${from}&$top=50`);
    expect(got.map((log) => log.id)).toEqual(expected.map((log) => log.id));
    expect(graph.requests.length - start).toBe(Math.ceil(expected.length / 50));
    const strictlyAfter = await getAll<{ id: string }>(graphClient(), `/auditLogs/provisioning?$filter=activityDateTime gt ${from} and servicePrincipal/id eq '${sp}'&$top=999`);
    expect(strictlyAfter.length).toBeLessThan(expected.length);
  });

  it('lists direct members with @odata.type, and nested ones only under transitiveMembers', async () => {
    const parent = snapshot.groups.find((group) => group.members.some((member) => member['@odata.type'] === '#microsoft.graph.group'));
    expect(parent).toBeDefined();
    const direct = await getAll<{ id: string; '@odata.type': string }>(graphClient(), `/groups/${parent?.id}/members`);
    expect(direct.map((member) => member.id).sort()).toEqual(parent?.members.map((member) => member.id).sort());
    const transitive = await getAll<{ id: string }>(graphClient(), `/groups/${parent?.id}/transitiveMembers`);
    expect(transitive.length).toBeGreaterThan(direct.length);
  });

  it('answers 404 in Graph shape for an unknown object and 400 for an unsupported filter', async () => {
    await expect(graphClient().get('/servicePrincipals/nope')).rejects.toMatchObject({ status: 404, graphCode: 'Request_ResourceNotFound' });
    await expect(graphClient().get("/users?$filter=endswith(mail,'x')")).rejects.toMatchObject({ status: 400 });
  });

  it('refuses requests without a valid bearer token', async () => {
    const response = await fetch(`${graph.url}/v1.0/organization`);
    expect(response.status).toBe(401);
  });
});
