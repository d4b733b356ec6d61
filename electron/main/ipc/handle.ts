import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { channels } from '../../../shared/ipc/contract';
import type { Channel, Handlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { fail } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';
import { createLogger } from '../../core/logger';
import type { Logger } from '../../core/logger';
import type { AppOrigin } from '../security';

const defaultLog = createLogger({ scope: 'ipc' });

export type InvokeListener = (event: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>;

/**
 * The only way main answers the renderer: checks the sender frame, then hands the request to the
 * shared dispatch (contract parse, handler, Result envelope). It never throws across IPC and never
 * sends a stack trace or an internal error message.
 */
export function createInvokeListener<C extends Channel>(channel: C, handlers: Handlers, origin: AppOrigin, log: Logger = defaultLog): InvokeListener {
  const hooks = {
    onUnexpectedError: (_channel: string, error: unknown) =>
      log.error('IPC handler failed', { channel, error, stack: error instanceof Error ? error.stack : undefined }),
  };
  return async (event, request) => {
    if (!isTrustedSender(event, origin)) {
      log.warn('refused IPC from an untrusted frame', { channel, frame: senderDescription(event) });
      return fail('FORBIDDEN', 'This request did not come from the Provisioning Workbench window.');
    }
    return dispatch(handlers, channel, request, hooks);
  };
}

/** Registers one handler per contract channel. Returns a function that removes them all again. */
export function registerIpcHandlers(handlers: Handlers, origin: AppOrigin, log: Logger = defaultLog): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, createInvokeListener(channel, handlers, origin, log));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Only the top frame of the app's own renderer may call the core (not iframes, not other pages). */
export function isTrustedSender(event: IpcMainInvokeEvent, origin: AppOrigin): boolean {
  const frame = event.senderFrame;
  return frame != null && frame.parent == null && origin.isAppUrl(frame.url);
}

function senderDescription(event: IpcMainInvokeEvent): string {
  const url = event.senderFrame?.url;
  if (!url) return 'destroyed frame';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'file:' : parsed.origin;
  } catch {
    return 'unparseable';
  }
}
