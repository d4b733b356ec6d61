import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { WorkbenchApi } from '../../shared/ipc/api';
import type { AppEvent } from '../../shared/ipc/contract';
import { EVENT_CHANNEL, isChannelName } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/result';

/**
 * `window.api`: one `invoke` per contract channel and one event subscription. Only intents cross the
 * bridge; the page never sees ipcRenderer, an IpcRendererEvent, or any Node/Electron object.
 * Bundled by esbuild into one CJS file (sandboxed preloads cannot load npm modules), so this imports
 * only `electron` and zod-free shared code.
 */
export function createWorkbenchApi(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): WorkbenchApi {
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
  };
}

contextBridge.exposeInMainWorld('api', createWorkbenchApi(ipcRenderer));
