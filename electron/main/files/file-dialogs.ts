import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileAccess } from '../../core/platform';
import type { FileGrants } from './file-grants';

const OPEN: Record<'logs' | 'snapshot', { title: string; filters: FileFilter[] }> = {
  logs: {
    title: 'Import provisioning logs',
    filters: [
      { name: 'Provisioning logs (JSON, JSON lines, CSV)', extensions: ['json', 'jsonl', 'ndjson', 'csv', 'gz'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
  snapshot: {
    title: 'Import snapshot',
    filters: [
      { name: 'Snapshot (JSON)', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
};

const SAVE: Record<'csv' | 'json', FileFilter[]> = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
};

/**
 * The desktop app's FileAccess: Electron's native open and save dialogs, modal to the focused window.
 * Every path they return is granted (read or write) before the renderer sees it.
 */
export function createFileAccess(grants: FileGrants, focused: () => BrowserWindow | null = () => BrowserWindow.getFocusedWindow()): FileAccess {
  return {
    async pickOpen(purpose, multiple) {
      const options: OpenDialogOptions = { ...OPEN[purpose], properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] };
      const window = focused();
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (answer.canceled) return [];
      return answer.filePaths.flatMap((file) => {
        const stat = fs.statSync(file, { throwIfNoEntry: false });
        if (!stat?.isFile()) return [];
        return [{ path: grants.grant(file, 'read'), name: path.basename(file), size: stat.size }];
      });
    },
    async pickSave(defaultName, format) {
      const options: SaveDialogOptions = { title: 'Export', defaultPath: path.basename(defaultName), filters: SAVE[format], properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const window = focused();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      return grants.grant(answer.filePath, 'write');
    },
    isGranted: (file, use) => grants.isGranted(file, use),
  };
}
