import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createAppOrigin } from '../../../../../electron/main/security/app-origin';
import { captureLogs } from '../capture-logs';
import { FakeWebContents, navigationEvent } from '../fake-web-contents';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async () => undefined) } }));
vi.mock('electron', () => electron);

const { hardenNavigation } = await import('../../../../../electron/main/security/navigation');

const OWN_URL = 'app://workbench/index.html#/apps';

let contents: FakeWebContents;
let logs: ReturnType<typeof captureLogs>;

beforeEach(() => {
  electron.shell.openExternal.mockClear();
  logs = captureLogs();
  contents = new FakeWebContents();
  hardenNavigation(contents as unknown as WebContents, createAppOrigin({ kind: 'app', dir: '/opt/pwb/out/renderer' }));
});
afterEach(() => logs.restore());

const FOREIGN = [
  'https://example.com/',
  'http://learn.microsoft.com/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///opt/pwb/out/renderer/index.html',
  'app://evil/index.html',
  'other://workbench/index.html',
];

describe('will-navigate', () => {
  it('allows the app to navigate within its own renderer', () => {
    const event = navigationEvent(OWN_URL);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(FOREIGN)('denies navigating to %s and opens nothing', async (url) => {
    const event = navigationEvent(url);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await Promise.resolve();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies an allow-listed docs link in the window but opens it in the system browser', async () => {
    const event = navigationEvent('https://learn.microsoft.com/en-us/entra/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/en-us/entra/'));
  });
});

describe('frames and redirects', () => {
  it('denies a subframe navigating away from the app', () => {
    const event = navigationEvent('https://example.com/', false);
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('leaves main-frame events to will-navigate', () => {
    const event = navigationEvent('https://example.com/', true);
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies redirects to foreign URLs and allows redirects within the app', () => {
    const foreign = navigationEvent('https://example.com/');
    const own = navigationEvent(OWN_URL);
    contents.emit('will-redirect', foreign);
    contents.emit('will-redirect', own);
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach any <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('denies every new window, including the app opening itself', () => {
    expect(contents.openWindow(OWN_URL)).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });

  it.each(['https://learn.microsoft.com/en-us/entra/', 'https://portal.azure.com/#home', 'https://entra.microsoft.com/'])(
    'routes the allow-listed %s to the system browser',
    async (url) => {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
      await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith(url));
    },
  );

  it.each([...FOREIGN, 'https://learn.microsoft.com.evil.example/'])('refuses to open %s anywhere', async (url) => {
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(logs.lines.at(-1)).toMatchObject({ level: 'warn', msg: 'refused window.open' });
  });
});
