import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { WorkbenchApi } from '../../shared/ipc/api';
import type { AppEvent } from '../../shared/ipc/contract';
import { EVENT_CHANNEL, isChannelName } from '../../shared/ipc/channels';
import { DROPPED_FILES_CHANNEL, MAX_DROPPED_FILES } from '../../shared/ipc/dropped-files';
import { fail } from '../../shared/ipc/result';

/**
 * `window.api`: one `invoke` per contract channel and one event subscription. Only intents cross the
 * bridge; the page never sees ipcRenderer, an IpcRendererEvent, or any Node/Electron object.
 * Bundled by esbuild into one CJS file (sandboxed preloads cannot load npm modules), so this imports
 * only `electron` and zod-free shared code.
 */
export function createWorkbenchApi(
  ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>,
  pathForFile: (file: File) => string = (file) => webUtils.getPathForFile(file),
): WorkbenchApi {
  return {
    invoke(channel, request) {
      if (!isChannelName(channel)) {
        return Promise.resolve(fail('UNKNOWN_CHANNEL', `There is no channel named ${String(channel)}.`));
      }
      return ipc
        .invoke(channel, request)
        .catch(() => fail('INTERNAL', 'The request could not be delivered to the main process.'));
    },
    onEvent(listener) {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a listener function.');
      const forward = (_event: IpcRendererEvent, payload: AppEvent): void => listener(payload);
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
    grantDroppedFiles(files) {
      // Only a File the admin dropped or picked has a path; a File made by the page has none.
      // webUtils throws for anything that is not a File (the bridge hands Files over as they are).
      const paths = files.slice(0, MAX_DROPPED_FILES).flatMap((file) => {
        try {
          const path = pathForFile(file as File);
          return path ? [path] : [];
        } catch {
          return [];
        }
      });
      if (paths.length === 0) return Promise.resolve(fail('BAD_REQUEST', 'Only files from your disk can be dropped here.'));
      return ipc.invoke(DROPPED_FILES_CHANNEL, paths).catch(() => fail('INTERNAL', 'The request could not be delivered to the main process.'));
    },
  };
}

contextBridge.exposeInMainWorld('api', createWorkbenchApi(ipcRenderer));
