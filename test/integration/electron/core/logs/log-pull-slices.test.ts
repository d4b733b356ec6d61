import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../../../electron/core/graph/graph-client';
import { pullLogs } from '../../../../../electron/core/logs/log-pull';
import { startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { fakeTenantSnapshot } from '../../../../fakes/graph/fake-tenant';
import { tempWorkspace } from '../workspace-fixture';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;
let t = NOW;
let graph: FakeGraph;
let ctx: ReturnType<typeof tempWorkspace>;
const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };

/** 30 days of records, 6 a day, plus 5 in the last hours that Graph lists only 3 hours after they happen. */
function tenantWithLogs() {
  const snapshot = fakeTenantSnapshot();
  const template = snapshot.provisioningLogs[0]!;
  const records = Array.from({ length: 180 }, (_, i) => ({ ...template, id: `rec-${i}`, activityDateTime: new Date(NOW - 30 * 24 * HOUR + i * 4 * HOUR + 60_000).toISOString() }));
  const late = Array.from({ length: 5 }, (_, i) => ({ ...template, id: `late-${i}`, activityDateTime: new Date(NOW - (i + 1) * 30 * 60_000).toISOString() }));
  return { snapshot: { ...snapshot, provisioningLogs: [...records, ...late] }, late, appId: template.servicePrincipal!.id!, appName: template.servicePrincipal!.displayName! };
}

beforeEach(() => {
  t = NOW;
  ctx = tempWorkspace();
});
afterEach(async () => {
  ctx.dispose();
  await graph.close();
});

const client = () => createGraphClient({ baseUrl: `${graph.url}/v1.0`, getAccessToken: async () => 'test-token', sleep: clock.sleep, now: clock.now, random: () => 0 });

describe('pulling provisioning logs the way the reporting API behaves', () => {
  it('pulls 30 days in day slices under 5 requests per 10 s, and a second pull adds exactly the late records', async () => {
    const { snapshot, late } = tenantWithLogs();
    graph = await startFakeGraph({ snapshot });
    Object.assign(graph.behaviour.logs, { realistic: true, now: clock.now, rateLimit: { requests: 5, windowMs: 10_000 }, arrivalDelayMs: new Map(late.map((r) => [r.id, 3 * HOUR])) });
    const first = await pullLogs(ctx.workspace, client(), { now: () => new Date(t), clock, pageSize: 4 });
    expect(first).toMatchObject({ added: 180, slices: 30, cancelled: false });
    expect(graph.behaviour.logs.throttled).toBe(0);
    t += 4 * HOUR;
    const second = await pullLogs(ctx.workspace, client(), { now: () => new Date(t), clock, pageSize: 4 });
    expect(second.added).toBe(5);
    expect(second.since).toBe(new Date(NOW - 12 * HOUR).toISOString());
    expect(ctx.workspace.logReads.counts({}).total).toBe(185);
  });

  it('restarts a slice whose skip token expired mid-paging, and resolves an app name to its id first', async () => {
    const { snapshot, appId, appName } = tenantWithLogs();
    graph = await startFakeGraph({ snapshot });
    // Tokens live 9 s; once the pacing window is full the next page waits 10 s, and its token has died.
    Object.assign(graph.behaviour.logs, { realistic: true, now: clock.now, skipTokenTtlMs: 9_000 });
    const summary = await pullLogs(ctx.workspace, client(), { now: () => new Date(t), clock, pageSize: 4, app: appName, since: new Date(NOW - 2 * 24 * HOUR).toISOString() });
    expect(summary.restartedSlices).toBe(1);
    expect(summary).toMatchObject({ added: 17, slices: 2, rejected: 0 }); // 12 regular records in the 2 days, and the 5 recent ones
    const logCalls = graph.requests.filter((r) => r.path.includes('auditLogs/provisioning'));
    expect(logCalls.map((r) => ({ path: r.path.replace(/\+/g, ' ') })).filter((r) => !r.path.includes(`servicePrincipal/id eq '${appId}'`)).map((r) => r.path)).toEqual([]);
  });

  it('tells a tenant without Entra ID P1/P2 that, not to ask for permissions', async () => {
    graph = await startFakeGraph();
    Object.assign(graph.behaviour.logs, { realistic: true, licenceMissing: true });
    await expect(pullLogs(ctx.workspace, client(), { clock })).rejects.toThrow(/no Microsoft Entra ID P1 or P2 licence/);
  });

  it('says the China cloud has no provisioning-log API before calling', async () => {
    graph = await startFakeGraph();
    await expect(pullLogs(ctx.workspace, client(), { clock, cloud: 'China (21Vianet)' })).rejects.toThrow(/China \(21Vianet\) cloud/);
    expect(graph.requests).toHaveLength(0);
  });
});
