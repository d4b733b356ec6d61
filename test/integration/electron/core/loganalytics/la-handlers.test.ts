import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../electron/core';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';
import { contract, type AppEvent } from '../../../../../shared/ipc/contract';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../../../../fakes/loganalytics/fake-log-analytics';
import { sample } from '../workspace-fixture';
import { WORKSPACE_ID } from './la-fixture';

let dir: string;
let core: Core;
let fake: FakeLogAnalytics;
const events: AppEvent[] = [];
const records = sample().provisioningLogs.slice(0, 800).map((r) => ({ ...r, id: `la-${r.id}` }));
const call = async <C extends keyof typeof contract>(channel: C, request: unknown) => {
  const parsed = contract[channel].request.parse(request);
  const response = await (core.handlers[channel] as (r: unknown) => Promise<unknown>)(parsed);
  return contract[channel].response.parse(response) as Awaited<ReturnType<(typeof core.handlers)[C]>>;
};

beforeAll(async () => {
  fake = new FakeLogAnalytics({ workspaces: { [WORKSPACE_ID]: records } });
  process.env.PWB_LA_ENDPOINT = await fake.start();
  process.env.PWB_LA_ACCESS_TOKEN = FAKE_LA_TOKEN;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-la-ipc-'));
  core = await createCore({ mode: 'cli', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { seedSample: false });
  core.events.subscribe((event) => events.push(event));
});
afterAll(async () => {
  delete process.env.PWB_LA_ENDPOINT;
  delete process.env.PWB_LA_ACCESS_TOKEN;
  await core.close();
  await fake.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('logAnalytics:* channels', () => {
  it('refuse to summarise before a workspace is connected, saying how to connect', async () => {
    expect(await call('logAnalytics:status', {})).toEqual({ connection: null });
    await expect(call('logAnalytics:summary', { by: 'status' })).rejects.toThrow("No Log Analytics workspace is connected. Connect one first (its Workspace ID is on the workspace's Overview page).");
  });

  it('connect, summarise, list a history and pull with progress, then announce the new records', async () => {
    const connection = await call('logAnalytics:connect', { workspaceId: WORKSPACE_ID });
    expect(connection).toMatchObject({ workspaceId: WORKSPACE_ID, cloud: 'Global', overview: { total: 800 }, lastPull: null });
    const summary = await call('logAnalytics:summary', { by: 'status', filter: {} });
    expect(summary.counts.total).toBe(800);
    expect(summary.rows.reduce((sum, row) => sum + row.total, 0)).toBe(800);
    const subject = records.find((r) => r.sourceIdentity?.id)!.sourceIdentity!.id!;
    const history = await call('logAnalytics:history', { subjectId: subject });
    expect(history.items.length).toBe(records.filter((r) => r.sourceIdentity?.id === subject || r.targetIdentity?.id === subject).length);
    expect(history.items.map((i) => i.activityDateTime)).toEqual(history.items.map((i) => i.activityDateTime).sort().reverse());

    const pulled = await call('logAnalytics:pull', { taskId: 'la-1', filter: { since: '2000-01-01T00:00:00Z' } });
    expect(pulled).toMatchObject({ added: 800, rejected: 0, cancelled: false });
    const progress = events.filter((e) => e.type === 'progress' && e.taskId === 'la-1');
    expect(progress.at(-1)).toMatchObject({ finished: true, done: 800, total: 800 });
    expect(events.some((e) => e.type === 'workspace:changed')).toBe(true);
    expect((await call('logs:counts', {})).total).toBe(800);
    expect((await call('logAnalytics:status', {})).connection?.lastPull).toMatchObject({ added: 800 });
    expect(await call('logAnalytics:disconnect', {})).toEqual({ disconnected: true });
  });
});
