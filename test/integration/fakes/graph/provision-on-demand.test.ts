import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_GRAPH_TOKEN, FAKE_GRAPH_WRITE_TOKEN, startFakeGraph, type FakeGraph } from '../../../fakes/graph/fake-graph';
import { fakeTenantSnapshot } from '../../../fakes/graph/fake-tenant';
import { ON_DEMAND_TYPE_NAME } from '../../../fakes/graph/provision-on-demand';

const snapshot = fakeTenantSnapshot();
const howspace = snapshot.servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;
const job = howspace.synchronization.jobs[0]!;
const ruleId = job.schema.synchronizationRules[0]!.id;
const amelie = snapshot.users.find((u) => u.userPrincipalName === 'amelie.cote@contoso.com')!.id;

let graph: FakeGraph;
let clock = 0;

async function call(body: unknown, token = FAKE_GRAPH_WRITE_TOKEN): Promise<{ status: number; retryAfter: string | null; json: Record<string, unknown> }> {
  const response = await fetch(`${graph.url}/v1.0/servicePrincipals/${howspace.id}/synchronization/jobs/${job.id}/provisionOnDemand`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: (await response.json()) as Record<string, unknown> };
}
const user = (objectId = amelie, rule = ruleId) => ({ parameters: [{ ruleId: rule, subjects: [{ objectId, objectTypeName: 'User' }] }] });

beforeAll(async () => {
  graph = await startFakeGraph({ snapshot });
});
afterAll(async () => graph.close());
beforeEach(() => {
  clock += 60_000;
  graph.behaviour.onDemand.now = () => clock;
  graph.behaviour.onDemand.shape = 'summary';
  graph.behaviour.onDemand.disagree = false;
});

describe('fake Graph: provisionOnDemand', () => {
  it('runs the cycle for the user and answers shape A: result summary in key, the object in value', async () => {
    const answer = await call(user());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.json.key as string)).toEqual({ result: 'Success', details: {} });
    const value = JSON.parse(answer.json.value as string) as { action: string; reportableIdentifier: string; provisioningSteps: Array<{ type: string; status: string }> };
    expect(value.action).toBe('Create');
    expect(value.reportableIdentifier).toBe('amelie.cote@contoso.com');
    expect(value.provisioningSteps.map((s) => `${s.type}:${s.status}`)).toEqual(['Import:Success', 'Matching:Success', 'Scoping:Success', 'Export:Success']);
  });

  it('answers shape B when asked: a type name in key and a JSON array in value', async () => {
    graph.behaviour.onDemand.shape = 'statusInfoArray';
    const answer = await call(user());
    expect(answer.json.key).toBe(ON_DEMAND_TYPE_NAME);
    expect((JSON.parse(answer.json.value as string) as unknown[]).length).toBe(1);
  });

  it('answers 429 with Retry-After once 5 calls arrived within 10 s, and serves again after the window', async () => {
    for (let i = 0; i < 5; i += 1) {
      clock += 1000;
      expect((await call(user())).status).toBe(200);
    }
    const throttled = await call(user());
    expect(throttled.status).toBe(429);
    expect(throttled.retryAfter).toBe('6');
    clock += 6000;
    expect((await call(user())).status).toBe(200);
  });

  it('answers 403 to a token without Synchronization.ReadWrite.All, and 400 to a ruleId that is not the job\'s', async () => {
    const denied = await call(user(), FAKE_GRAPH_TOKEN);
    expect(denied.status).toBe(403);
    expect((denied.json.error as { code: string }).code).toBe('Authorization_RequestDenied');
    const wrongRule = await call(user(amelie, 'not-a-rule'));
    expect(wrongRule.status).toBe(400);
    expect((wrongRule.json.error as { code: string }).code).toBe('RequestParameterInvalid');
  });
});
