import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type AppEvent } from '../../../../../shared/ipc/contract';
import { createCore, type Core } from '../../../../../electron/core';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';
import { sample } from '../workspace-fixture';

let dir: string;
let core: Core;
const events: AppEvent[] = [];
/** Calls a channel the way every transport does: the request goes through the contract's zod schema. */
const call = async <C extends keyof typeof contract>(channel: C, request: unknown) => {
  const parsed = contract[channel].request.parse(request);
  const response = await (core.handlers[channel] as (r: unknown) => Promise<unknown>)(parsed);
  return contract[channel].response.parse(response) as Awaited<ReturnType<(typeof core.handlers)[C]>>;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-logs-ipc-'));
  core = await createCore({ mode: 'browser', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { now: () => new Date('2026-11-20T12:00:00Z') });
  // A window-hosting core writes the sample's logs just after start-up and says so with workspace:changed.
  const sampleLogsWritten = new Promise<void>((resolve) => {
    core.events.subscribe((event) => {
      events.push(event);
      if (event.type === 'workspace:changed') resolve();
    });
  });
  await sampleLogsWritten;
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('logs:* channels', () => {
  it('answer the viewer: counts, a page, stats, cycles, detail, apps and export', async () => {
    const counts = await call('logs:counts', {});
    expect(counts.total).toBeGreaterThan(5000);
    const page = await call('logs:query', { filter: { status: ['failure'] }, limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.items.every((i) => i.status === 'failure')).toBe(true);
    expect((await call('logs:stats', { by: 'errorCode', limit: 5 })).length).toBe(5);
    expect((await call('logs:cycles', { limit: 3 })).length).toBe(3);
    expect((await call('logs:detail', { id: page.items[0]!.id })).steps.length).toBeGreaterThan(0);
    expect((await call('logs:apps', {})).length).toBe(5);
    const exported = await call('logs:export', { filter: { status: ['failure'] }, format: 'json' });
    expect(JSON.parse(exported.text)).toHaveLength((await call('logs:counts', { filter: { status: ['failure'] } })).failure);
    await expect(call('logs:detail', { id: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects a filter the contract does not know', () => {
    expect(() => contract['logs:query'].request.parse({ filter: { status: ['great'] } })).toThrow();
    expect(() => contract['logs:query'].request.parse({ filter: { sql: '1=1' } })).toThrow();
  });

  it('imports files sent by the UI with progress events, naming the admin\'s file in errors', async () => {
    const records = sample().provisioningLogs.slice(0, 50).map((r) => ({ ...r, id: `ui-${r.id}` }));
    events.length = 0;
    const summary = await call('logs:import', { taskId: 't1', files: [{ fileName: 'download.json', text: JSON.stringify(records) }] });
    expect(summary).toMatchObject({ added: 50, files: [{ file: 'download.json', format: 'json-array' }] });
    expect(events.some((e) => e.type === 'progress' && e.taskId === 't1' && e.finished)).toBe(true);
    expect(events.some((e) => e.type === 'workspace:changed')).toBe(true);
    await expect(call('logs:import', { taskId: 't2', files: [{ fileName: 'notes.txt', text: 'hello there\n' }] })).rejects.toThrow(/^notes\.txt is not a provisioning-log file/);
  });

  it('pull says what to do when nobody is signed in', async () => {
    await expect(call('logs:pull', { taskId: 'p1' })).rejects.toThrow(/signed in/i);
  });
});
