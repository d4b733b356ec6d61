import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchApi } from '../../../../shared/ipc/api';
import type { AppEvent } from '../../../../shared/ipc/contract';
import { channels } from '../../../../shared/ipc/contract';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    // Electron gives a path only to a File read from disk (dropped or picked); here: files named "disk-*".
    webUtils: {
      getPathForFile: vi.fn((file: File) => {
        if (!(file instanceof File)) throw new TypeError('Error processing argument at index 0, conversion failure');
        return file.name.startsWith('disk-') ? `/home/admin/Downloads/${file.name}` : '';
      }),
    },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({ ok: true, value: 'from main' })),
      on: vi.fn((channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      }),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

await import('../../../../electron/preload/index');

function exposedApi(): WorkbenchApi {
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as WorkbenchApi;
}

function pushFromMain(payload: AppEvent): void {
  const ipcEvent = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
  for (const listener of electron.listeners.get('pwb:event') ?? []) listener(ipcEvent, payload);
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.listeners.clear();
});

describe('preload', () => {
  it('exposes exactly one global, `api`, with only invoke, onEvent and grantDroppedFiles', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('api');
    expect(Object.keys(exposedApi()).sort()).toEqual(['grantDroppedFiles', 'invoke', 'onEvent']);
  });

  it('sends main the disk paths of dropped files on its private channel, leaving out files the page made', async () => {
    const answer = await exposedApi().grantDroppedFiles!([new File(['[]'], 'disk-audit.json'), new File(['x'], 'made-by-page.json'), '/etc/passwd']);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('pwb:dropped-files', ['/home/admin/Downloads/disk-audit.json']);
    expect(answer).toEqual({ ok: true, value: 'from main' });
  });

  it('refuses a drop with no file from disk without touching IPC', async () => {
    const answer = await exposedApi().grantDroppedFiles!([new File(['x'], 'made-by-page.json'), { path: '/etc/passwd' }]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it.each(channels)('forwards %s to ipcRenderer.invoke unchanged', async (channel) => {
    const result = await exposedApi().invoke(channel, { tenantId: 't1' } as never);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, { tenantId: 't1' });
    expect(result).toEqual({ ok: true, value: 'from main' });
  });

  it.each(['shell:openExternal', 'app:info ', '__proto__', 'constructor', 'hasOwnProperty', 42, undefined])(
    'refuses the unknown channel %s without touching IPC',
    async (channel) => {
      const result = await exposedApi().invoke(channel as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed delivery into a Result instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(exposedApi().invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('hands event listeners only the event payload, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    exposedApi().onEvent(listener);
    const payload: AppEvent = { type: 'workspace:changed', tenantId: 't1' };
    pushFromMain(payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);
  });

  it('unsubscribes exactly the listener it returned', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = exposedApi().onEvent(first);
    const stopSecond = exposedApi().onEvent(second);
    stopFirst();
    stopFirst();
    pushFromMain({ type: 'workspace:changed', tenantId: 't2' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    stopSecond();
    expect(electron.listeners.get('pwb:event')?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => exposedApi().onEvent('alert(1)' as never)).toThrow(TypeError);
  });
});
