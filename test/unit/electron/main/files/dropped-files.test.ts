import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { DROPPED_FILES_CHANNEL } from '../../../../../shared/ipc/dropped-files';
import { createFileGrants } from '../../../../../electron/main/files/file-grants';
import { createAppOrigin } from '../../../../../electron/main/security/app-origin';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron', () => electron);

const { createDroppedFilesListener, registerDroppedFiles } = await import('../../../../../electron/main/files/dropped-files');

const origin = createAppOrigin({ kind: 'app', dir: '/opt/pwb/out/renderer' });
const fromApp = { senderFrame: { url: 'app://workbench/index.html#/logs', parent: null } } as unknown as IpcMainInvokeEvent;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-drop-'));
const dropped = path.join(dir, 'download.csv');
fs.writeFileSync(dropped, 'id\n1\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('files dropped onto the window', () => {
  it('grants existing regular files for reading and answers their names and sizes', async () => {
    const grants = createFileGrants();
    const answer = await createDroppedFilesListener(grants, origin)(fromApp, [dropped, dir, path.join(dir, 'gone.json'), 'relative.json', 42]);
    expect(answer).toEqual({ ok: true, value: [{ path: dropped, name: 'download.csv', size: 5 }] });
    expect(grants.isGranted(dropped, 'read')).toBe(true);
    expect(grants.isGranted(dropped, 'write')).toBe(false);
    expect(grants.isGranted(dir, 'read')).toBe(false);
  });

  it('refuses a frame other than the app\'s top frame, granting nothing', async () => {
    const grants = createFileGrants();
    const iframe = { senderFrame: { url: 'app://workbench/index.html', parent: {} } } as unknown as IpcMainInvokeEvent;
    const page = { senderFrame: { url: 'https://evil.example/', parent: null } } as unknown as IpcMainInvokeEvent;
    for (const event of [iframe, page]) {
      expect(await createDroppedFilesListener(grants, origin)(event, [dropped])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(grants.isGranted(dropped, 'read')).toBe(false);
  });

  it('refuses anything but a short list', async () => {
    const listener = createDroppedFilesListener(createFileGrants(), origin);
    expect(await listener(fromApp, dropped)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await listener(fromApp, Array.from({ length: 11 }, () => dropped))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('registers on its own private channel and removes it again', () => {
    const dispose = registerDroppedFiles(createFileGrants(), origin);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(DROPPED_FILES_CHANNEL, expect.any(Function));
    dispose();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(DROPPED_FILES_CHANNEL);
  });
});
