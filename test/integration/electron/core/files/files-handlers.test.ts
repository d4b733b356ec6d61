import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type AppEvent } from '../../../../../shared/ipc/contract';
import { createCore, type Core } from '../../../../../electron/core';
import type { FileAccess } from '../../../../../electron/core/platform';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';
import { sample } from '../workspace-fixture';

let dir: string;
let core: Core;
let browser: Core;
const events: AppEvent[] = [];
const granted = new Map<string, 'read' | 'write'>();
const dialogs = { open: [] as string[], save: null as string | null };

/** What the main process does: its dialogs hand out paths and grant them; nothing else is granted. */
const files: FileAccess = {
  async pickOpen() {
    for (const file of dialogs.open) granted.set(file, 'read');
    return dialogs.open.map((file) => ({ path: file, name: path.basename(file), size: fs.statSync(file).size }));
  },
  async pickSave() {
    if (dialogs.save) granted.set(dialogs.save, 'write');
    return dialogs.save;
  },
  isGranted: (file, use) => granted.get(file) === use,
};

const call = async <C extends keyof typeof contract>(target: Core, channel: C, request: unknown) => {
  const parsed = contract[channel].request.parse(request);
  const response = await (target.handlers[channel] as (r: unknown) => Promise<unknown>)(parsed);
  return contract[channel].response.parse(response) as Awaited<ReturnType<(typeof target.handlers)[C]>>;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-files-ipc-'));
  const secrets = createFileSecretBox(dir);
  core = await createCore({ mode: 'electron', dataDir: path.join(dir, 'desktop'), secrets, openExternal: async () => {}, files }, { seedSample: false });
  browser = await createCore({ mode: 'browser', dataDir: path.join(dir, 'browser'), secrets, openExternal: async () => {} }, { seedSample: false });
  core.events.subscribe((event) => events.push(event));
  const records = sample().provisioningLogs.slice(0, 40);
  fs.writeFileSync(path.join(dir, 'logs.json'), JSON.stringify(records));
  fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(sample()));
});
afterAll(async () => {
  await core.close();
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('native files: dialogs and imports by granted path', () => {
  it('imports a log file picked in the open dialog by its path, with progress under the task id', async () => {
    dialogs.open = [path.join(dir, 'logs.json')];
    const picked = await call(core, 'files:pickOpen', { purpose: 'logs', multiple: true });
    expect(picked.files).toEqual([{ path: path.join(dir, 'logs.json'), name: 'logs.json', size: fs.statSync(path.join(dir, 'logs.json')).size }]);
    events.length = 0;
    const summary = await call(core, 'logs:importPaths', { taskId: 't-1', paths: picked.files.map((f) => f.path) });
    expect(summary).toMatchObject({ added: 40, duplicates: 0, rejected: 0, cancelled: false, files: [{ file: path.join(dir, 'logs.json'), format: 'json-array' }] });
    expect(events.at(-2)).toEqual({ type: 'progress', taskId: 't-1', label: 'Importing logs.json', done: 40, total: 40, finished: true });
    expect(events.at(-1)).toEqual({ type: 'workspace:changed', tenantId: '' });
  });

  it('refuses a path no dialog or drop granted, and a granted path used to write', async () => {
    const secret = path.join(dir, 'not-granted.json');
    fs.writeFileSync(secret, '[]');
    await expect(call(core, 'logs:importPaths', { taskId: 't-2', paths: [secret] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(core, 'snapshot:importPath', { path: secret })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(core, 'logs:exportPath', { path: path.join(dir, 'logs.json'), format: 'csv' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes the whole view to the file chosen in the save dialog', async () => {
    dialogs.save = path.join(dir, 'export.csv');
    const chosen = await call(core, 'files:pickSave', { defaultName: 'provisioning-logs.csv', format: 'csv' });
    expect(chosen.path).toBe(path.join(dir, 'export.csv'));
    expect(await call(core, 'logs:exportPath', { path: chosen.path, format: 'csv' })).toEqual({ rows: 40 });
    expect(fs.readFileSync(path.join(dir, 'export.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(41);
    dialogs.save = null;
    expect(await call(core, 'files:pickSave', { defaultName: 'x.json', format: 'json' })).toEqual({ path: null });
  });

  it('inspects and imports a snapshot picked by path', async () => {
    dialogs.open = [path.join(dir, 'snapshot.json')];
    const [file] = (await call(core, 'files:pickOpen', { purpose: 'snapshot', multiple: false })).files;
    const targets = await call(core, 'snapshot:inspectPath', { path: file!.path });
    expect(targets).toEqual({ tenantId: sample().tenant.id, tenantName: sample().tenant.displayName, appIds: sample().servicePrincipals.map((sp) => sp.id) });
    const summary = await call(core, 'snapshot:importPath', { path: file!.path });
    expect(summary).toMatchObject({ tenantId: sample().tenant.id, users: sample().users.length, groups: sample().groups.length, apps: sample().servicePrincipals.length });
  });

  it('says so when a granted file is gone, or too large to read as one snapshot', async () => {
    const gone = path.join(dir, 'gone.json');
    const huge = path.join(dir, 'huge.json');
    // Sparse: 600 MB on paper, nothing on disk; more than V8 can hold as one string.
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 600 * 1024 * 1024);
    dialogs.open = [huge];
    await call(core, 'files:pickOpen', { purpose: 'snapshot' });
    granted.set(gone, 'read');
    await expect(call(core, 'snapshot:importPath', { path: gone })).rejects.toMatchObject({ code: 'IO_ERROR', message: 'gone.json was not imported: it no longer exists.' });
    await expect(call(core, 'snapshot:inspectPath', { path: huge })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/^huge\.json was not imported: a snapshot is read as one JSON document/) });
    fs.rmSync(huge);
  });

  it('has no dialogs and no paths in browser mode', async () => {
    await expect(call(browser, 'files:pickOpen', { purpose: 'logs' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(browser, 'files:pickSave', { defaultName: 'a.csv', format: 'csv' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(browser, 'logs:importPaths', { taskId: 't-3', paths: [path.join(dir, 'logs.json')] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
