import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../../../../shared/errors';
import { channels } from '../../../../../shared/ipc/contract';
import type { Handlers } from '../../../../../shared/ipc/contract';
import { createAppOrigin } from '../../../../../electron/main/security/app-origin';
import { captureLogs } from '../capture-logs';

const electron = vi.hoisted(() => {
  const registered = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  return {
    registered,
    ipcMain: {
      handle: vi.fn((channel: string, listener: (event: unknown, request: unknown) => Promise<unknown>) => {
        registered.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    },
    shell: { openExternal: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const { registerIpcHandlers } = await import('../../../../../electron/main/ipc/handle');

const APP_URL = 'app://workbench/index.html#/apps';
const origin = createAppOrigin({ kind: 'app', dir: '/opt/pwb/out/renderer' });

function senderEvent(url: string | null, parent: object | null = null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url, parent } } as unknown as IpcMainInvokeEvent;
}

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => {
    throw new Error('not used in this test');
  };
  const base = Object.fromEntries(channels.map((channel) => [channel, vi.fn(unused)])) as unknown as Handlers;
  return { ...base, ...overrides };
}

function invoke(channel: string, event: IpcMainInvokeEvent, request: unknown): Promise<unknown> {
  const listener = electron.registered.get(channel);
  if (!listener) throw new Error(`${channel} not registered`);
  return listener(event, request);
}

let logs: ReturnType<typeof captureLogs>;
let dispose: () => void = () => undefined;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  dispose();
  logs.restore();
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel and removes them all on dispose', () => {
    dispose = registerIpcHandlers(fakeHandlers(), origin);
    expect([...electron.registered.keys()].sort()).toEqual([...channels].sort());
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(channels.length);
    dispose();
    expect(electron.registered.size).toBe(0);
  });

  it('answers a valid request from the app window with ok and the handler value', async () => {
    const list = vi.fn(async () => []);
    dispose = registerIpcHandlers(fakeHandlers({ 'apps:list': list }), origin);
    await expect(invoke('apps:list', senderEvent(APP_URL), { tenantId: 't1', search: 'sales' })).resolves.toEqual({ ok: true, value: [] });
    expect(list).toHaveBeenCalledWith({ tenantId: 't1', search: 'sales' });
  });
});

describe('sender check', () => {
  it.each([
    ['a foreign https page', senderEvent('https://evil.example/')],
    ['another local file', senderEvent('file:///tmp/evil.html')],
    ['the renderer loaded from file://', senderEvent('file:///opt/pwb/out/renderer/index.html')],
    ['another app:// host', senderEvent('app://evil/index.html')],
    ['a destroyed frame', senderEvent(null)],
    ['an iframe inside the app', senderEvent(APP_URL, { url: APP_URL })],
  ])('refuses %s with FORBIDDEN without calling the core', async (_what, event) => {
    const handler = vi.fn(async () => []);
    dispose = registerIpcHandlers(fakeHandlers({ 'tenants:list': handler }), origin);
    const result = await invoke('tenants:list', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin when the renderer is loaded from one', async () => {
    const dev = createAppOrigin({ kind: 'dev', url: 'http://localhost:5173/' });
    dispose = registerIpcHandlers(fakeHandlers({ 'tenants:list': async () => [] }), dev);
    await expect(invoke('tenants:list', senderEvent('http://localhost:5173/#/'), {})).resolves.toMatchObject({ ok: true });
    await expect(invoke('tenants:list', senderEvent('http://localhost:5174/'), {})).resolves.toMatchObject({ ok: false });
  });
});

describe('request validation', () => {
  it('answers BAD_REQUEST with the path and message of every zod issue', async () => {
    const handler = vi.fn(async () => []);
    dispose = registerIpcHandlers(fakeHandlers({ 'apps:list': handler }), origin);
    const result = await invoke('apps:list', senderEvent(APP_URL), { tenantId: 42, search: 'x'.repeat(201), extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const details = (result as { error: { details: Array<{ path: string; message: string }> } }).error.details;
    expect(details.map((d) => d.path).sort()).toEqual(['extra', 'search', 'tenantId']);
    for (const detail of details) expect(detail.message).toEqual(expect.any(String));
    expect(handler).not.toHaveBeenCalled();
  });

  it('treats a missing request as bad, not as a crash', async () => {
    dispose = registerIpcHandlers(fakeHandlers(), origin);
    await expect(invoke('app:info', senderEvent(APP_URL), undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', details: [{ path: '(request)' }] },
    });
  });
});

describe('handler failures', () => {
  it('passes an AppError through with its code, message and details', async () => {
    const overview = async () => {
      throw new AppError('NOT_FOUND', 'No app a1 in tenant t1.', [{ path: 'appId', message: 'unknown' }]);
    };
    dispose = registerIpcHandlers(fakeHandlers({ 'apps:overview': overview }), origin);
    await expect(invoke('apps:overview', senderEvent(APP_URL), { tenantId: 't1', appId: 'a1' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No app a1 in tenant t1.', details: [{ path: 'appId', message: 'unknown' }] },
    });
  });

  it('turns any other error into INTERNAL without its message or stack', async () => {
    const secretMessage = 'SQLITE_CORRUPT at /home/admin/.config/pwb/workspace.sqlite';
    const info = async () => {
      throw new Error(secretMessage);
    };
    dispose = registerIpcHandlers(fakeHandlers({ 'app:info': info }), origin);
    const result = await invoke('app:info', senderEvent(APP_URL), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = JSON.stringify(result);
    expect(text).not.toContain('SQLITE_CORRUPT');
    expect(text).not.toContain('stack');
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
    expect(logs.lines.some((line) => line.level === 'error' && line.channel === 'app:info')).toBe(true);
  });

  it('never rejects, even when the handler throws a non-Error', async () => {
    const info = async () => {
      throw 'a string';
    };
    dispose = registerIpcHandlers(fakeHandlers({ 'app:info': info }), origin);
    await expect(invoke('app:info', senderEvent(APP_URL), {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
