import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../capture-logs';
import { FakeWebContents, navigationEvent } from '../fake-web-contents';

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    appListeners,
    app: { on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener)) },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
});
vi.mock('electron', () => electron);

const security = await import('../../../../../electron/main/security');

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

describe('security module', () => {
  it('hardens every web contents the app creates', () => {
    const origin = security.createAppOrigin({ kind: 'app', dir: '/opt/pwb/out/renderer' });
    security.installSecurityHooks(origin);
    const created = electron.appListeners.get('web-contents-created');
    expect(created).toBeTypeOf('function');

    const contents = new FakeWebContents();
    created?.({}, contents);
    const event = navigationEvent('https://example.com/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('applies the deny-all permission handlers to a session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    security.applySessionSecurity(session as never);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  });

  it('re-exports the shared CSP so every front door uses the same string', async () => {
    const shared = await import('../../../../../shared/security/csp');
    expect(security.RENDERER_CSP).toBe(shared.RENDERER_CSP);
    expect(security.RENDERER_CSP_META).toBe(shared.RENDERER_CSP_META);
  });
});
