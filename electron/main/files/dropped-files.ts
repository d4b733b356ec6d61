import fs from 'node:fs';
import path from 'node:path';
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { DROPPED_FILES_CHANNEL, MAX_DROPPED_FILES } from '../../../shared/ipc/dropped-files';
import { fail, ok } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';
import type { GrantedFile } from '../../../shared/ipc/contracts/files';
import { isTrustedSender } from '../ipc/handle';
import type { AppOrigin } from '../security';
import type { FileGrants } from './file-grants';

/**
 * Grants the files the preload says were dropped onto the app's window (their paths from
 * webUtils.getPathForFile). Only the app's top frame may ask, and only for existing regular files;
 * anything else in the list is left out.
 */
export function createDroppedFilesListener(grants: FileGrants, origin: AppOrigin) {
  return async (event: IpcMainInvokeEvent, paths: unknown): Promise<Result<GrantedFile[]>> => {
    if (!isTrustedSender(event, origin)) return fail('FORBIDDEN', 'This request did not come from the Provisioning Workbench window.');
    if (!Array.isArray(paths) || paths.length > MAX_DROPPED_FILES) return fail('BAD_REQUEST', `Drop between 1 and ${MAX_DROPPED_FILES} files.`);
    const granted = paths.flatMap((file): GrantedFile[] => {
      if (typeof file !== 'string' || !path.isAbsolute(file)) return [];
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) return [];
      return [{ path: grants.grant(file, 'read'), name: path.basename(file), size: stat.size }];
    });
    return ok(granted);
  };
}

/** Registers the drop channel; returns its removal. */
export function registerDroppedFiles(grants: FileGrants, origin: AppOrigin): () => void {
  ipcMain.handle(DROPPED_FILES_CHANNEL, createDroppedFilesListener(grants, origin));
  return () => ipcMain.removeHandler(DROPPED_FILES_CHANNEL);
}
