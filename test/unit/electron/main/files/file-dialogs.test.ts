import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileGrants } from '../../../../../electron/main/files/file-grants';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  BrowserWindow: { getFocusedWindow: vi.fn(() => null) },
}));
vi.mock('electron', () => electron);

const { createFileAccess } = await import('../../../../../electron/main/files/file-dialogs');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-dialogs-'));
const logFile = path.join(dir, 'audit.json');
fs.writeFileSync(logFile, '[1234]');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => vi.clearAllMocks());

describe('createFileAccess (the desktop app\'s native dialogs)', () => {
  it('opens the dialog modal to the focused window and grants the picked files for reading only', async () => {
    const window = { id: 1 };
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [logFile, dir] });
    const grants = createFileGrants();
    const files = await createFileAccess(grants, () => window as never).pickOpen('logs', true);
    expect(files).toEqual([{ path: logFile, name: 'audit.json', size: 6 }]);
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({ title: 'Import provisioning logs', properties: ['openFile', 'multiSelections'] });
    expect(grants.isGranted(logFile, 'read')).toBe(true);
    expect(grants.isGranted(logFile, 'write')).toBe(false);
    // A folder is not a file to import, and is not granted.
    expect(grants.isGranted(dir, 'read')).toBe(false);
  });

  it('grants nothing when the dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [logFile] });
    const grants = createFileGrants();
    expect(await createFileAccess(grants).pickOpen('snapshot', false)).toEqual([]);
    expect(electron.dialog.showOpenDialog.mock.calls[0]).toEqual([{ title: 'Import snapshot', filters: expect.any(Array), properties: ['openFile'] }]);
    expect(grants.isGranted(logFile, 'read')).toBe(false);
  });

  it('grants the save dialog\'s path for writing, proposing the base name only', async () => {
    const target = path.join(dir, 'export.csv');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const grants = createFileGrants();
    expect(await createFileAccess(grants).pickSave('../../etc/provisioning-logs.csv', 'csv')).toBe(target);
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: 'provisioning-logs.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(grants.isGranted(target, 'write')).toBe(true);
    expect(grants.isGranted(target, 'read')).toBe(false);

    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createFileAccess(grants).pickSave('x.json', 'json')).toBeNull();
  });
});
