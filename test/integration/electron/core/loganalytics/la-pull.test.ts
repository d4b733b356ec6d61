import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LaQueryClient } from '../../../../../electron/core/loganalytics/la-client';
import { staticCredential } from '../../../../../electron/core/loganalytics/la-credential';
import { pullFromLogAnalytics } from '../../../../../electron/core/loganalytics/la-pull';
import { LogsService } from '../../../../../electron/core/logs/logs-service';
import type { LogFilter } from '../../../../../shared/logs/log-filter';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../../../../fakes/loganalytics/fake-log-analytics';
import { tempWorkspace } from '../workspace-fixture';
import { WORKSPACE_ID, yearOfRecords } from './la-fixture';

const records = yearOfRecords();
const SLICE: LogFilter = { since: '2026-07-01T00:00:00.000Z', until: '2026-09-30T23:59:59.999Z' };
const inSlice = records.filter((r) => r.activityDateTime >= SLICE.since! && r.activityDateTime <= SLICE.until!);
let fake: FakeLogAnalytics;
let client: LaQueryClient;
let store: ReturnType<typeof tempWorkspace>;

beforeAll(async () => {
  fake = new FakeLogAnalytics({ workspaces: { [WORKSPACE_ID]: records }, maxRows: 2000 });
  const endpoint = await fake.start();
  client = new LaQueryClient({ endpoint, scope: 'https://api.loganalytics.io/.default', credential: staticCredential(FAKE_LA_TOKEN), sleep: async () => {} });
});
afterAll(() => fake.stop());
beforeEach(() => {
  store = tempWorkspace();
  fake.requests.length = 0;
});
afterEach(() => store.dispose());

describe('pulling a slice of the workspace into the store', () => {
  it('reads it window by window under the row limit and imports every record with no rejection', async () => {
    const progress: number[] = [];
    const summary = await pullFromLogAnalytics(store.workspace, client, WORKSPACE_ID, { filter: SLICE, pageRows: 500, onProgress: (p) => progress.push(p.windowsDone) });
    expect(inSlice.length).toBeGreaterThan(3000);
    expect(summary).toMatchObject({ added: inSlice.length, duplicates: 0, rejected: 0, rows: inSlice.length, cancelled: false, rejections: [] });
    expect(summary.windows).toBeGreaterThanOrEqual(Math.ceil(inSlice.length / 500));
    expect(progress.at(-1)).toBe(summary.windows);
    // Every answer stayed under the fake's 2,000-row limit: no PartialError was needed.
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
    const logs = new LogsService(store.workspace);
    expect(logs.reads.counts({}).total).toBe(inSlice.length);
    const original = inSlice.find((r) => r.provisioningStatusInfo.errorInformation?.errorCode)!;
    const detail = logs.detail(original.id);
    expect(detail.item).toMatchObject({
      activityDateTime: original.activityDateTime,
      status: original.provisioningStatusInfo.status,
      action: original.provisioningAction,
      errorCode: original.provisioningStatusInfo.errorInformation!.errorCode,
      cycleId: original.cycleId,
      sourceId: original.sourceIdentity?.id ?? null,
      appName: original.servicePrincipal?.displayName ?? null,
    });
    expect(detail.steps.map((s) => s.name)).toEqual(original.provisioningSteps.map((s) => s.name));
  });

  it('is idempotent: the same slice again adds nothing', async () => {
    const filter: LogFilter = { ...SLICE, status: ['failure'] };
    const first = await pullFromLogAnalytics(store.workspace, client, WORKSPACE_ID, { filter, pageRows: 400 });
    const again = await pullFromLogAnalytics(store.workspace, client, WORKSPACE_ID, { filter, pageRows: 400 });
    const failures = inSlice.filter((r) => r.provisioningStatusInfo.status === 'failure').length;
    expect(first).toMatchObject({ added: failures, rejected: 0 });
    expect(again).toMatchObject({ added: 0, duplicates: failures, rejected: 0 });
  });

  it('is all or nothing: a PartialError part-way removes what the pull stored, and says so', async () => {
    const logs = new LogsService(store.workspace);
    logs.addRecords(records.slice(0, 5), 'file');
    let windows = 0;
    const pulling = pullFromLogAnalytics(store.workspace, client, WORKSPACE_ID, {
      filter: SLICE,
      pageRows: 500,
      onProgress: (p) => {
        windows = p.windowsDone;
        if (windows === 2) fake.behaviour.partialNext = 1;
      },
    });
    await expect(pulling).rejects.toThrow(/returned only part of .*PartialError: There were some errors when processing your query\. \(ShardFailure: .*\) Nothing was stored; pull again\./);
    expect(windows).toBe(2);
    expect(logs.reads.counts({}).total).toBe(5);
  });

  it('cancelled, it keeps nothing and says it was cancelled', async () => {
    const controller = new AbortController();
    const logs = new LogsService(store.workspace);
    const summary = await pullFromLogAnalytics(store.workspace, client, WORKSPACE_ID, {
      filter: SLICE,
      pageRows: 500,
      signal: controller.signal,
      onProgress: (p) => p.windowsDone === 3 && controller.abort(),
    });
    expect(summary).toMatchObject({ cancelled: true, added: 0 });
    expect(logs.reads.counts({}).total).toBe(0);
  });

  it('splits an hour that alone is over the page size into minutes', async () => {
    const busy = records.slice(0, 30).map((r, i) => ({ ...r, id: `busy-${i}`, activityDateTime: `2026-07-04T10:${String(i).padStart(2, '0')}:00.000Z` }));
    const dense = new FakeLogAnalytics({ workspaces: { [WORKSPACE_ID]: busy } });
    const endpoint = await dense.start();
    try {
      const denseClient = new LaQueryClient({ endpoint, scope: 's', credential: staticCredential(FAKE_LA_TOKEN) });
      const summary = await pullFromLogAnalytics(store.workspace, denseClient, WORKSPACE_ID, { filter: SLICE, pageRows: 10 });
      expect(summary).toMatchObject({ added: 30, rejected: 0, windows: 3 });
      expect(dense.requests.filter((r) => r.query?.includes('bin(TimeGenerated, 1m)'))).toHaveLength(1);
    } finally {
      await dense.stop();
    }
  });
});
