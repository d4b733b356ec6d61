import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonBatches } from '../../../../../electron/core/logs/json-import-pipeline';
import type { Produced } from '../../../../../electron/core/logs/json-batch-producer';
import { sample, tempWorkspace } from '../workspace-fixture';
import { portalJson, write } from './log-files';

let ctx: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ctx = tempWorkspace();
});
afterEach(() => {
  delete process.env.PWB_IMPORT_WORKER;
  ctx.dispose();
});

async function collect(file: string, batchSize: number, worker: boolean): Promise<Produced[]> {
  process.env.PWB_IMPORT_WORKER = worker ? '1' : '0';
  const out: Produced[] = [];
  for await (const message of jsonBatches(file, batchSize)) out.push(message);
  return out;
}

const shape = (messages: Produced[]) =>
  messages.map((m) => (m.type === 'batch' ? { type: m.type, logs: { ...m.batch.logs, refs: [...m.batch.logs.refs], numbers: [...m.batch.logs.numbers] }, blocks: m.batch.blocks.map((b) => Buffer.from(b).toString('base64')), rejections: m.rejections } : m));

describe('jsonBatches', () => {
  it('yields the same batches from the worker thread as in this thread', async () => {
    const records: unknown[] = sample().provisioningLogs.slice(0, 300);
    records.splice(100, 0, { id: 'broken' });
    const file = write(ctx.dir, 'logs.json', portalJson(records as never));
    const viaWorker = await collect(file, 128, true);
    const inThread = await collect(file, 128, false);
    expect(viaWorker.map((m) => m.type)).toEqual(['batch', 'batch', 'batch', 'end']);
    expect(viaWorker.at(-1)).toMatchObject({ type: 'end', worker: true, format: 'json-array' });
    expect(inThread.at(-1)).toMatchObject({ type: 'end', worker: false });
    expect(shape(viaWorker.slice(0, -1))).toEqual(shape(inThread.slice(0, -1)));
    expect(viaWorker.flatMap((m) => m.rejections)).toEqual([expect.objectContaining({ position: expect.stringContaining('record 101') })]);
  });

  it('carries a refusal from the worker as the same error', async () => {
    const file = write(ctx.dir, 'users.json', JSON.stringify([{ userPrincipalName: 'a@contoso.com' }]));
    await expect(collect(file, 10, true)).rejects.toThrow(/is not a provisioning-log file.*\(users\)/);
  });

  it('stops the worker when the reader stops early', async () => {
    const file = write(ctx.dir, 'logs.json', portalJson(sample().provisioningLogs.slice(0, 500)));
    process.env.PWB_IMPORT_WORKER = '1';
    let batches = 0;
    for await (const message of jsonBatches(file, 50)) {
      if (message.type === 'batch') batches += 1;
      if (batches === 2) break;
    }
    expect(batches).toBe(2);
  });
});
