import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type AppEvent } from '../../../../../shared/ipc/contract';
import { createCore, type Core } from '../../../../../electron/core';
import { FILE_BATCH_SIZE } from '../../../../../electron/core/logs/log-file-import';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';

// Issue 17, item 2: a file opened by path is streamed from disk. The full figure (a 1 GB file under
// 1 GB of memory) is test/bench/desktop-import.bench.ts; this shows the streaming itself, quickly.
const RECORDS = FILE_BATCH_SIZE * 3 + 123;
let dir: string;
let file: string;
let core: Core;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-path-stream-'));
  file = path.join(dir, 'portal-download.json');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '[');
  for (let i = 0; i < RECORDS; i++) {
    const record = {
      id: `stream-${i}`,
      activityDateTime: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
      changeId: `change-${i}`,
      cycleId: `cycle-${Math.floor(i / 500)}`,
      jobId: 'job-1',
      provisioningAction: 'create',
      provisioningStatusInfo: { status: 'success' },
      servicePrincipal: { id: 'sp-1', displayName: 'Howspace' },
      sourceIdentity: { id: `user-${i}`, displayName: `User ${i}`, identityType: 'User' },
      targetIdentity: { id: `target-${i}`, displayName: `User ${i}`, identityType: 'urn:ietf:params:scim:schemas:core:2.0:User' },
    };
    fs.writeSync(out, (i === 0 ? '' : ',') + JSON.stringify(record));
  }
  fs.writeSync(out, ']');
  fs.closeSync(out);
  core = await createCore(
    {
      mode: 'electron',
      dataDir: path.join(dir, 'data'),
      secrets: createFileSecretBox(dir),
      openExternal: async () => {},
      files: { pickOpen: async () => [], pickSave: async () => null, isGranted: (candidate, use) => candidate === file && use === 'read' },
    },
    { seedSample: false },
  );
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a log file imported by path', () => {
  it('stops at the next batch on Cancel, keeping what was committed', async () => {
    const stop = core.events.subscribe((event) => {
      if (event.type === 'progress' && event.taskId === 'cancelled' && !event.finished) void core.handlers['logs:cancel']({ taskId: 'cancelled' });
    });
    const summary = await core.handlers['logs:importPaths'](contract['logs:importPaths'].request.parse({ taskId: 'cancelled', paths: [file] }));
    stop();
    expect(summary.cancelled).toBe(true);
    expect(summary.added).toBeGreaterThan(0);
    expect(summary.added).toBeLessThan(RECORDS);
    expect((await core.handlers['logs:counts']({ filter: {} })).total).toBe(summary.added);
  });

  it('is streamed: records are stored batch by batch while the file is still being read', async () => {
    const events: Array<Extract<AppEvent, { type: 'progress' }>> = [];
    core.events.subscribe((event) => event.type === 'progress' && events.push(event));
    const request = contract['logs:importPaths'].request.parse({ taskId: 'stream', paths: [file] });
    const summary = await core.handlers['logs:importPaths'](request);
    // Importing again resumes: what the cancelled import committed is already stored.
    expect(summary).toMatchObject({ rejected: 0, cancelled: false });
    expect(summary.added + summary.duplicates).toBe(RECORDS);
    expect(summary.duplicates).toBeGreaterThan(0);

    // Progress after a committed batch says how much of the file was read by then: less than all of it.
    const partial = events.filter((e) => !e.finished).map((e) => ({ done: e.done, read: Number(/\((\d+)% of the file read\)/.exec(e.label)?.[1]) }));
    const midway = partial.filter((p) => p.done < RECORDS);
    expect(midway.length).toBeGreaterThan(0);
    for (const p of midway) {
      expect(p.done).toBeGreaterThan(0);
      expect(p.read).toBeLessThan(100);
    }
    expect(partial.map((p) => p.read)).toEqual(partial.map((p) => p.read).sort((a, b) => a - b));
    expect(events.at(-1)).toEqual({ type: 'progress', taskId: 'stream', label: 'Importing portal-download.json', done: RECORDS, total: RECORDS, finished: true });
  });
});
