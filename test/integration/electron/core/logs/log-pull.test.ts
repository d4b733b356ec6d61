import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from '../../../../../electron/core/graph/graph-client';
import { pullLogs as pullWithClock, type PullOptions } from '../../../../../electron/core/logs/log-pull';
import type { WorkspaceDb } from '../../../../../electron/core/db/workspace-db';

/** Pacing runs on a fake clock: no test waits real seconds. */
let fakeTime = 0;
const clock = { now: () => fakeTime, sleep: async (ms: number) => void (fakeTime += ms) };
const pullLogs = (workspace: WorkspaceDb, c: GraphClient, options: PullOptions = {}) => pullWithClock(workspace, c, { clock, until: SAMPLE_NOW.toISOString(), sliceMs: 30 * 86_400_000, ...options });
import { startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { sample, SAMPLE_NOW, tempWorkspace } from '../workspace-fixture';

let graph: FakeGraph;
let client: GraphClient;
let ctx: ReturnType<typeof tempWorkspace>;
const records = () => sample().provisioningLogs;
const since = new Date(SAMPLE_NOW.getTime() - 3 * 86_400_000).toISOString();
const inWindow = () => records().filter((r) => Date.parse(r.activityDateTime) > Date.parse(since));

beforeAll(async () => {
  graph = await startFakeGraph({ snapshot: sample(), pageSize: 100 });
  client = createGraphClient({ baseUrl: `${graph.url}/v1.0`, getAccessToken: async () => 'test-token', sleep: async () => undefined });
});
afterAll(() => graph.close());
beforeEach(() => {
  ctx = tempWorkspace();
  graph.requests.length = 0;
});
afterEach(() => ctx.dispose());

describe('pullLogs against the fake Graph', () => {
  it('pulls a time range page by page, through throttling, and stores every record', async () => {
    graph.failNext('/v1.0/auditLogs/provisioning', 429, 0);
    const progress: number[] = [];
    const summary = await pullLogs(ctx.workspace, client, { since, pageSize: 50, onProgress: (p) => progress.push(p.added) });
    const expected = inWindow();
    expect(summary).toMatchObject({ added: expected.length, rejected: 0, cancelled: false });
    expect(summary.pages).toBe(Math.ceil(expected.length / 50));
    expect(progress).toHaveLength(summary.pages);
    expect(ctx.workspace.logReads.counts({}).total).toBe(expected.length);
    const asked = graph.requests.filter((r) => r.path.includes('auditLogs/provisioning'));
    expect(asked.length).toBe(summary.pages + 1); // one 429, retried
    expect(asked[0]!.path).toContain(`activityDateTime ge ${since} and activityDateTime lt ${SAMPLE_NOW.toISOString()}`);
    expect(ctx.workspace.logReads.detail(expected[0]!.id)?.item.origin).toBe('graph');
  });

  it('filters by app and continues incrementally from the newest stored record', async () => {
    const app = records()[0]!.servicePrincipal!.id!;
    const first = await pullLogs(ctx.workspace, client, { since, app });
    expect(first.added).toBe(inWindow().filter((r) => r.servicePrincipal?.id === app).length);
    graph.requests.length = 0;
    const again = await pullLogs(ctx.workspace, client, { app });
    expect(again.added).toBe(0);
    // One watermark per scope (the end of the last pull), re-read 12 hours back for late records.
    expect(graph.requests[0]!.path).toContain(`activityDateTime ge ${new Date(SAMPLE_NOW.getTime() - 12 * 3_600_000).toISOString()}`);
    expect(graph.requests[0]!.path).toContain(`servicePrincipal/id eq '${app}'`);
  });

  it('a cancelled pull keeps its pages, and the next pull redoes its window', async () => {
    const controller = new AbortController();
    const cancelled = await pullLogs(ctx.workspace, client, { since, pageSize: 40, signal: controller.signal, onProgress: (p) => p.pages === 2 && controller.abort() });
    expect(cancelled).toMatchObject({ cancelled: true, pages: 2, added: 80 });
    const resumed = await pullLogs(ctx.workspace, client, { pageSize: 40 });
    expect(resumed.since).toBe(since);
    expect(resumed).toMatchObject({ added: inWindow().length - 80, duplicates: 80, cancelled: false });
  });

  it('a refused request (403) fails with the Graph error and records the run as failed', async () => {
    graph.failNext('/v1.0/auditLogs/provisioning', 403);
    await expect(pullLogs(ctx.workspace, client, { since })).rejects.toMatchObject({ status: 403 });
    expect(ctx.workspace.logImports.recent(1)[0]).toMatchObject({ status: 'failed' });
  });
});
