import type { AppEvent, Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { WorkbenchApi } from '../../../shared/ipc/api';
import type { GrantedFile } from '../../../shared/ipc/contracts/files';
import type { Result, ResultError } from '../../../shared/ipc/result';

/**
 * The only bridge between the renderer and the core. In Electron the preload exposes `window.api`;
 * in browser mode the local host serves the same contract over loopback HTTP (cookie-authenticated)
 * and pushes events as Server-Sent Events.
 */
declare global {
  interface Window {
    api?: WorkbenchApi;
  }
}

export async function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  const api = window.api;
  if (!api) return invokeOverHttp(channel, request);
  try {
    return await api.invoke(channel, request);
  } catch {
    return failure('INTERNAL', 'The app could not reach its core process. Restart Provisioning Workbench.');
  }
}

export function onEvent(listener: (event: AppEvent) => void): () => void {
  const api = window.api;
  if (api) return api.onEvent(listener);
  return subscribeToHostEvents(listener);
}

/** True in the desktop app (the preload's bridge), false in browser mode. */
export function isDesktop(): boolean {
  return window.api !== undefined;
}

/** Desktop app only: grants files dropped onto the window for reading by path (the preload reads their paths). */
export async function grantDroppedFiles(files: readonly File[]): Promise<Result<GrantedFile[]>> {
  const grant = window.api?.grantDroppedFiles;
  if (!grant) return failure('FORBIDDEN', 'Dropped files are opened by path only in the desktop app.');
  return grant(files);
}

const HTTP_STATUS_MESSAGES: Readonly<Record<number, ResultError>> = {
  401: {
    code: 'FORBIDDEN',
    message: 'This browser session is not signed in to the local host. Open the URL printed by `pwb ui` again.',
  },
  403: {
    code: 'FORBIDDEN',
    message:
      'The local host refused this request. It only answers the page it served itself; open the URL printed by `pwb ui` again.',
  },
  413: {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request is larger than the local host accepts. Try a smaller file.',
  },
};

async function invokeOverHttp<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  let response: Response;
  try {
    // Channel names come from the contract (`domain:verb`); ':' is valid in a URL path as is.
    response = await fetch(`/api/invoke/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pwb-request': '1' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    });
  } catch {
    return failure('IO_ERROR', 'Cannot reach the local Provisioning Workbench host. Is `pwb ui` still running?');
  }
  const body: unknown = await response.json().catch(() => undefined);
  // A Result body is the host's own word (also on 401/403/413); the status table covers bare answers.
  if (isResult(body) && (response.ok || !body.ok)) return body as Result<ResponseOf<C>>;
  const known = HTTP_STATUS_MESSAGES[response.status];
  if (known) return { ok: false, error: known };
  return failure('INTERNAL', `The local host answered HTTP ${response.status} without a usable result.`);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

function failure(code: ResultError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

// One EventSource per page, opened with the first listener and closed with the last.
const hostEventListeners = new Set<(event: AppEvent) => void>();
let hostEventSource: EventSource | null = null;

function subscribeToHostEvents(listener: (event: AppEvent) => void): () => void {
  hostEventListeners.add(listener);
  if (!hostEventSource && typeof EventSource !== 'undefined') {
    hostEventSource = new EventSource('/api/events');
    hostEventSource.onmessage = (message: MessageEvent<string>) => {
      const event = parseEvent(message.data);
      if (event) for (const each of hostEventListeners) each(event);
    };
  }
  return () => {
    hostEventListeners.delete(listener);
    if (hostEventListeners.size === 0 && hostEventSource) {
      hostEventSource.close();
      hostEventSource = null;
    }
  };
}

function parseEvent(data: string): AppEvent | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed === 'object' && parsed !== null && 'type' in parsed && typeof parsed.type === 'string') {
      return parsed as AppEvent;
    }
  } catch {
    // A malformed event is dropped; the next one may be fine.
  }
  return null;
}
