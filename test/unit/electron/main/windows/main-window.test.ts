import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../../../../shared/security/csp';
import { captureLogs } from '../capture-logs';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    static loadError: Error | undefined;
    readonly once = vi.fn((event: string, listener: Listener) => this.onceListeners.set(event, listener));
    readonly onceListeners = new Map<string, Listener>();
    readonly show = vi.fn();
    readonly loadFile = vi.fn(async () => {
      if (FakeBrowserWindow.loadError) throw FakeBrowserWindow.loadError;
    });
    readonly loadURL = vi.fn(async () => {
      if (FakeBrowserWindow.loadError) throw FakeBrowserWindow.loadError;
    });
    readonly onHeadersReceived = vi.fn();
    readonly contentsListeners = new Map<string, Listener>();
    readonly maximize = vi.fn();
    readonly isDestroyed = vi.fn(() => false);
    readonly webContents = {
      session: { webRequest: { onHeadersReceived: this.onHeadersReceived } },
      on: vi.fn((event: string, listener: Listener) => this.contentsListeners.set(event, listener)),
      reload: vi.fn(),
    };
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    app: { on: vi.fn(), quit: vi.fn(), getVersion: () => '1.2.3' },
    shell: {},
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })) },
    clipboard: { writeText: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow } = await import('../../../../../electron/main/windows/main-window');

const PRELOAD = '/opt/pwb/out/preload/index.cjs';
let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  electron.BrowserWindow.created.length = 0;
  electron.BrowserWindow.loadError = undefined;
  electron.nativeTheme.shouldUseDarkColors = false;
  logs = captureLogs();
});
afterEach(() => logs.restore());

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

describe('createMainWindow', () => {
  it('creates a hidden, titled, sandboxed window and shows it when ready', () => {
    createMainWindow({ renderer: { kind: 'app', dir: '/opt/pwb/out/renderer' }, preloadPath: PRELOAD });
    const window = electron.BrowserWindow.created[0]!;
    expect(window.options).toMatchObject({
      title: 'Provisioning Workbench',
      show: false,
      backgroundColor: '#ffffff',
      minWidth: expect.any(Number),
      minHeight: expect.any(Number),
      webPreferences: { preload: PRELOAD, contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false },
    });
    expect(window.show).not.toHaveBeenCalled();
    window.onceListeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalled();
  });

  it('opens at the remembered size and position, maximised when it was, with the app icon', () => {
    createMainWindow({
      renderer: { kind: 'app', dir: '/r' },
      preloadPath: PRELOAD,
      state: { x: 40, y: 50, width: 1400, height: 900, maximized: true },
      iconPath: '/opt/pwb/out/main/icon.png',
    });
    const window = electron.BrowserWindow.created[0]!;
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1400, height: 900, icon: '/opt/pwb/out/main/icon.png' });
    window.onceListeners.get('ready-to-show')?.();
    expect(window.maximize).toHaveBeenCalled();
  });

  it('shows a crash dialog with a copyable report and reloads when the renderer process dies', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 }).mockResolvedValueOnce({ response: 1 });
    createMainWindow({ renderer: { kind: 'app', dir: '/r' }, preloadPath: PRELOAD });
    const window = electron.BrowserWindow.created[0]!;
    window.contentsListeners.get('render-process-gone')?.({}, { reason: 'crashed', exitCode: 133 });
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalled());
    expect(electron.clipboard.writeText).toHaveBeenCalledWith(expect.stringContaining('renderer process stopped (crashed)'));
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('matches the dark Fluent background when the OS is dark', () => {
    electron.nativeTheme.shouldUseDarkColors = true;
    createMainWindow({ renderer: { kind: 'app', dir: '/r' }, preloadPath: PRELOAD });
    expect(electron.BrowserWindow.created[0]!.options.backgroundColor).toBe('#292929');
  });

  it('loads the packaged renderer over app:// (never file://) and adds no header hook', () => {
    createMainWindow({ renderer: { kind: 'app', dir: '/opt/pwb/out/renderer' }, preloadPath: PRELOAD });
    const window = electron.BrowserWindow.created[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(window.onHeadersReceived).not.toHaveBeenCalled();
  });

  it('loads a dev server URL and replaces its CSP header with the renderer policy', () => {
    createMainWindow({ renderer: { kind: 'dev', url: 'http://localhost:5173/' }, preloadPath: PRELOAD });
    const window = electron.BrowserWindow.created[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    const listener = window.onHeadersReceived.mock.calls[0]?.[0] as HeadersListener;

    const callback = vi.fn();
    listener({ url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ["default-src *"], 'X-A': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [RENDERER_CSP] } });

    const other = vi.fn();
    listener({ url: 'https://example.com/', responseHeaders: {} }, other);
    expect(other).toHaveBeenCalledWith({});
  });

  it('logs, rather than crashes, when the renderer fails to load', async () => {
    electron.BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND');
    expect(() =>
      createMainWindow({ renderer: { kind: 'app', dir: '/missing' }, preloadPath: PRELOAD }),
    ).not.toThrow();
    await vi.waitFor(() =>
      expect(logs.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'the renderer failed to load' })),
    );
  });
});
