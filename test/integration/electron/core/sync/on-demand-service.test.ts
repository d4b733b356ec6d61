import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../../../electron/core/graph/graph-client';
import { OnDemandService, WRITE_ACCESS_MISSING, type OnDemandGraph } from '../../../../../electron/core/sync/on-demand-service';
import { importSnapshot } from '../../../../../electron/core/workspace/import-snapshot';
import type { Snapshot } from '../../../../../shared/snapshot/schema';
import { FAKE_GRAPH_TOKEN, FAKE_GRAPH_WRITE_TOKEN, startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { FAKE_NOW, FAKE_TENANT_ID, fakeTenantSnapshot } from '../../../../fakes/graph/fake-tenant';
import { SAMPLE_TENANT_ID } from '../../../../../sample-tenant';
import { sample, tempWorkspace } from '../workspace-fixture';
import { startRecordingServer } from './recording-scim-server';

const snapshot: Snapshot = fakeTenantSnapshot();
const howspace = snapshot.servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;
const directUsers = howspace.appRoleAssignedTo.filter((a) => a.principalType === 'User' && !a.deletedDateTime).map((a) => a.principalId);
const userId = directUsers.find((id) => snapshot.users.find((u) => u.id === id)?.accountEnabled !== false)!;
const assignedGroup = howspace.appRoleAssignedTo.find((a) => a.principalType === 'Group')!.principalId;
const groupUsers = (snapshot.groups.find((g) => g.id === assignedGroup)?.members ?? []).filter((m) => m['@odata.type'] === '#microsoft.graph.user').map((m) => m.id);

let graph: FakeGraph;
let ws: ReturnType<typeof tempWorkspace>;
let clock = 0;
const sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock += ms;
};

function service(token = FAKE_GRAPH_WRITE_TOKEN, onClient?: () => void): OnDemandService {
  const access: OnDemandGraph = {
    account: async (tenantId) => ({ signedIn: tenantId === FAKE_TENANT_ID, write: true, name: 'admin@contoso.example' }),
    client: async () => {
      onClient?.();
      return createGraphClient({ baseUrl: `${graph.url}/v1.0`, getAccessToken: async () => token, sleep, now: () => clock, random: () => 0 });
    },
  };
  return new OnDemandService(ws.workspace, access, { now: () => FAKE_NOW, clock: () => clock, sleep });
}

const run = (s: OnDemandService, subject: Parameters<OnDemandService['run']>[0]['subject']) => s.run({ tenantId: FAKE_TENANT_ID, appId: howspace.id, subject, target: { kind: 'empty' }, confirmed: true });

beforeAll(async () => {
  graph = await startFakeGraph({ snapshot });
});
afterAll(async () => graph.close());
beforeEach(() => {
  ws = tempWorkspace();
  importSnapshot(ws.workspace, { ...snapshot, provisioningLogs: [] }, 'graph', FAKE_NOW);
  // Each test starts a fresh 10-s window on both sides.
  clock += 60_000;
  sleeps.length = 0;
  graph.behaviour.onDemand.now = () => clock;
  graph.behaviour.onDemand.shape = 'summary';
  graph.behaviour.onDemand.disagree = false;
});
afterEach(() => ws.dispose());

describe('OnDemandService against the fake Graph', () => {
  it('saves the prediction before the call, then agrees with a shape A answer for a user', async () => {
    const states: unknown[] = [];
    const s = service(FAKE_GRAPH_WRITE_TOKEN, () => states.push(ws.workspace.db.prepare('SELECT status, response FROM on_demand_runs').all()));
    const result = await run(s, { kind: 'User', id: userId });
    expect(states).toEqual([[{ status: 'predicted', response: null }]]);
    expect(result.status).toBe('compared');
    expect(result.parsed?.shape).toBe('summary');
    expect(result.comparison?.agree).toBe(true);
    expect(result.comparison?.differences).toEqual([]);
    const object = result.comparison!.objects[0]!;
    expect([object.predicted?.action, object.actual?.action, object.actual?.outcome]).toEqual(['Create', 'Create', 'Success']);
    expect(object.steps.map((st) => st.type)).toEqual(['Import', 'Scoping', 'Matching', 'Export']);
    expect(object.attributes.length).toBeGreaterThan(2);
    expect(object.attributes.every((a) => a.same)).toBe(true);
    expect(result.report?.split('\n')[0]).toBe('Provisioning Workbench: prediction matched provision on demand');
    expect(graph.behaviour.onDemand.calls.at(-1)).toEqual({ parameters: [{ ruleId: howspace.synchronization.jobs[0]!.schema.synchronizationRules[0]!.id, subjects: [{ objectId: userId, objectTypeName: 'User' }] }] });
    expect(s.list(FAKE_TENANT_ID, howspace.id).map((r) => [r.status, r.agree])).toEqual([['compared', true]]);
  });

  it('agrees with a shape B answer (type name + JSON array)', async () => {
    graph.behaviour.onDemand.shape = 'statusInfoArray';
    const result = await run(service(), { kind: 'User', id: userId });
    expect(result.parsed?.shape).toBe('statusInfoArray');
    expect(result.parsed?.typeName).toBe('Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo');
    expect(result.comparison?.agree).toBe(true);
  });

  it('shows a disagreement on an exported value and on the action', async () => {
    graph.behaviour.onDemand.disagree = 'value';
    const value = await run(service(), { kind: 'User', id: userId });
    expect(value.comparison?.agree).toBe(false);
    const attribute = value.comparison!.differences.find((d) => d.kind === 'attribute')!;
    expect(attribute.message).toBe(`Exported ${attribute.attribute}: we predicted "${attribute.predicted}", Entra exported "${attribute.predicted} (as Entra sent it)".`);
    expect(value.report).toContain('fidelity bug report');

    graph.behaviour.onDemand.disagree = 'action';
    const action = await run(service(), { kind: 'User', id: userId });
    expect(action.comparison?.differences.map((d) => d.message)).toEqual(['Action: we predicted Create, Entra did Update.']);
  });

  it('compares a group call by its outcome only, and shows an outcome that differs', async () => {
    const members = groupUsers.slice(0, 2);
    const agree = await run(service(), { kind: 'Group', id: assignedGroup, memberIds: members });
    expect(agree.comparison?.mode).toBe('outcome');
    expect(agree.comparison?.agree).toBe(true);
    const body = graph.behaviour.onDemand.calls.at(-1) as { parameters: Array<{ subjects: Array<{ links: { members: Array<{ objectId: string }> } }> }> };
    expect(body.parameters[0]!.subjects[0]!.links.members.map((m) => m.objectId)).toEqual(members);

    graph.behaviour.onDemand.disagree = 'outcome';
    const disagree = await run(service(), { kind: 'Group', id: assignedGroup, memberIds: members });
    expect(disagree.comparison?.differences.map((d) => d.message)).toEqual(['Outcome: we predicted Success, Entra reported Failure.']);
  });

  it('says what to grant when the token lacks Synchronization.ReadWrite.All (403), and keeps the prediction', async () => {
    await expect(run(service(FAKE_GRAPH_TOKEN), { kind: 'User', id: userId })).rejects.toThrow(WRITE_ACCESS_MISSING);
    expect(WRITE_ACCESS_MISSING).toContain('Synchronization.ReadWrite.All');
    expect(WRITE_ACCESS_MISSING).toContain('Application Administrator or Cloud Application Administrator');
    const rows = ws.workspace.db.prepare('SELECT status, error FROM on_demand_runs').all() as Array<{ status: string; error: string }>;
    expect(rows).toEqual([{ status: 'failed', error: WRITE_ACCESS_MISSING }]);
  });

  it('paces at 5 calls per 10 s: the sixth call waits for the window instead of drawing a 429', async () => {
    const s = service();
    for (let i = 0; i < 5; i += 1) expect((await run(s, { kind: 'User', id: userId })).pacing.waitedMs).toBe(0);
    const sixth = await run(s, { kind: 'User', id: userId });
    expect(sixth.pacing.waitedMs).toBe(10_000);
    expect(sixth.status).toBe('compared');
    expect(graph.requests.filter((r) => r.path.endsWith('/provisionOnDemand')).length).toBeGreaterThanOrEqual(6);
  });

  it('honours Retry-After when Graph answers 429 (the window was used by someone else)', async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(`${graph.url}/v1.0/servicePrincipals/${howspace.id}/synchronization/jobs/${howspace.synchronization.jobs[0]!.id}/provisionOnDemand`, {
        method: 'POST',
        headers: { authorization: `Bearer ${FAKE_GRAPH_WRITE_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ parameters: [{ ruleId: howspace.synchronization.jobs[0]!.schema.synchronizationRules[0]!.id, subjects: [{ objectId: userId, objectTypeName: 'User' }] }] }),
      });
      expect(response.status).toBe(200);
    }
    const result = await run(service(), { kind: 'User', id: userId });
    expect(result.status).toBe('compared');
    expect(sleeps).toEqual([10_000]);
  });

  it('predicts against the real app\'s Tenant URL with GETs only, and shows where its state differs from Entra\'s answer', async () => {
    const scim = await startRecordingServer();
    try {
      const upn = snapshot.users.find((u) => u.id === userId)!.userPrincipalName;
      scim.users.set('u-existing', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u-existing', userName: upn, active: true });
      const result = await service().run({ tenantId: FAKE_TENANT_ID, appId: howspace.id, subject: { kind: 'User', id: userId }, target: { kind: 'url', baseUrl: scim.baseUrl, token: 't' }, confirmed: true });
      expect(scim.requests.length).toBeGreaterThan(0);
      expect(scim.requests.every((r) => r.method === 'GET')).toBe(true);
      expect(result.predictionTarget).toBe(`${scim.baseUrl} (GETs only)`);
      expect(result.prediction.objects[0]?.action).toBe('update');
      // The fake Entra evaluates against an empty app, so it creates: a difference the report names.
      expect(result.comparison?.differences[0]?.message).toBe('Action: we predicted Update, Entra did Create.');
    } finally {
      await scim.close();
    }
  });

  it('refuses an unconfirmed call: nothing is saved and Graph is not asked', async () => {
    const before = graph.requests.length;
    await expect(service().run({ tenantId: FAKE_TENANT_ID, appId: howspace.id, subject: { kind: 'User', id: userId }, target: { kind: 'empty' }, confirmed: false })).rejects.toThrow(
      'Provision on demand writes to the real app. Confirm the call first.',
    );
    expect(graph.requests.length).toBe(before);
    expect(ws.workspace.db.prepare('SELECT COUNT(*) AS n FROM on_demand_runs').get()).toEqual({ n: 0 });
  });

  it('refuses a group with more than five members before anything is saved', async () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    await expect(run(service(), { kind: 'Group', id: assignedGroup, memberIds: six })).rejects.toThrow('Provision on demand takes a group with at most 5 members; 6 were picked. Pick 5 or fewer.');
    expect(ws.workspace.db.prepare('SELECT COUNT(*) AS n FROM on_demand_runs').get()).toEqual({ n: 0 });
  });

  it('keeps an answer it cannot read, says what could not be read, and keeps the prediction', async () => {
    const access: OnDemandGraph = {
      account: async () => ({ signedIn: true, write: true, name: 'admin' }),
      client: async () => ({ get: async () => ({}) as never, post: async () => ({ key: '{"result": "Succ', value: '[{' }) as never, pages: async function* () {} }),
    };
    const result = await new OnDemandService(ws.workspace, access, { now: () => FAKE_NOW, clock: () => clock, sleep }).run({ tenantId: FAKE_TENANT_ID, appId: howspace.id, subject: { kind: 'User', id: userId }, target: { kind: 'empty' }, confirmed: true });
    expect(result.status).toBe('unreadable');
    expect(result.error).toBe("Entra's answer holds text that looks like JSON but is not valid JSON, so neither the result nor the steps could be read.");
    expect(result.response).toEqual({ key: '{"result": "Succ', value: '[{' });
    expect(result.prediction.objects[0]?.action).toBe('create');
  });

  it('blocks the sample tenant and a running OAuth-authorised app, saying why', async () => {
    importSnapshot(ws.workspace, { ...sample(), provisioningLogs: [] }, 'sample', FAKE_NOW);
    const sampleApp = sample().servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;
    expect((await service().check(SAMPLE_TENANT_ID, sampleApp.id)).blocked).toBe(
      'The sample tenant is not a real tenant, so Entra cannot provision from it. Sign in and read your own tenant to compare with provision on demand.',
    );

    const slack = { ...howspace, displayName: 'Slack', synchronization: { ...howspace.synchronization, jobs: [{ ...howspace.synchronization.jobs[0]!, status: { ...howspace.synchronization.jobs[0]!.status, code: 'Active' as const } }] } };
    importSnapshot(ws.workspace, { ...snapshot, servicePrincipals: [slack], provisioningLogs: [] }, 'graph', FAKE_NOW);
    const check = await service().check(FAKE_TENANT_ID, howspace.id);
    expect(check.blocked).toBe(
      'Slack is authorised with OAuth (as G Suite, Box, Workplace by Facebook and Slack are): Entra runs provision on demand for it only while its provisioning job is stopped. Stop the job in the Entra admin center (Provisioning → Stop provisioning), then try again. The job was Active when the app was last read.',
    );
    await expect(run(service(), { kind: 'User', id: userId })).rejects.toThrow('Stop the job in the Entra admin center');
  });
});
