import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../../electron/core/platform';
import { captureLogs } from './capture-logs';

type Listener = (...args: unknown[]) => unknown;

const fakes = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const windows: Array<Record<string, ReturnType<typeof vi.fn>>> = [];
  const core = {
    handlers: {},
    events: { subscribe: vi.fn(() => () => undefined) },
    close: vi.fn(async () => undefined),
  };
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      enableSandbox: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn((name: string) => `/home/admin/.config/fake-${name}`),
      getVersion: vi.fn(() => '9.8.7'),
    },
    BrowserWindow: { getAllWindows: vi.fn(() => windows) },
    dialog: { showErrorBox: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      setUsePlainTextEncryption: vi.fn(),
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    shell: { openExternal: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  };
  return {
    appListeners,
    windows,
    core,
    electron,
    createCore: vi.fn(async (_platform: unknown, _options?: unknown) => core),
    installAppMenu: vi.fn(),
    installCrashHandlers: vi.fn(),
    runCli: vi.fn(async (_entry: string, _args: readonly string[]) => 0),
    createMainWindow: vi.fn(() => {
      const window = {
        on: vi.fn(),
        isMinimized: vi.fn(() => true),
        restore: vi.fn(),
        focus: vi.fn(),
        isMaximized: vi.fn(() => false),
        isFullScreen: vi.fn(() => false),
        getNormalBounds: vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 })),
      };
      windows.push(window);
      return window;
    }),
  };
});

vi.mock('electron', () => fakes.electron);
vi.mock('../../../../electron/core', () => ({ createCore: fakes.createCore }));
vi.mock('../../../../electron/main/windows/main-window', () => ({ createMainWindow: fakes.createMainWindow }));
vi.mock('../../../../electron/main/desktop/menu', () => ({ installAppMenu: fakes.installAppMenu }));
vi.mock('../../../../electron/main/desktop/crash-report', () => ({ installCrashHandlers: fakes.installCrashHandlers }));
vi.mock('../../../../electron/main/desktop/cli-mode', async (original) => ({ ...(await original<object>()), runCli: fakes.runCli }));

const savedArgv = process.argv;
const savedEnv = { ...process.env };
let logs: ReturnType<typeof captureLogs>;

async function startMain(argv: string[] = [], env: Record<string, string> = {}): Promise<void> {
  process.argv = ['/opt/pwb/provisioning-workbench', ...argv];
  delete process.env.PWB_DATA_DIR;
  delete process.env.PWB_RENDERER_URL;
  Object.assign(process.env, env);
  vi.resetModules();
  await import('../../../../electron/main/index');
}

function platformGivenToCore(): Platform {
  const call = fakes.createCore.mock.calls.at(-1);
  if (!call) throw new Error('createCore was not called');
  return call[0] as Platform;
}

beforeEach(() => {
  vi.clearAllMocks();
  fakes.appListeners.clear();
  fakes.windows.length = 0;
  fakes.electron.app.requestSingleInstanceLock.mockReturnValue(true);
  fakes.electron.app.isPackaged = false;
  logs = captureLogs();
});

afterEach(() => {
  process.argv = savedArgv;
  process.env = { ...savedEnv };
  logs.restore();
});

describe('main process composition root', () => {
  it('quits a second instance at once, before creating the core or a window', async () => {
    fakes.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await startMain();
    await Promise.resolve();
    expect(fakes.electron.app.quit).toHaveBeenCalled();
    expect(fakes.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fakes.createCore).not.toHaveBeenCalled();
    expect(fakes.createMainWindow).not.toHaveBeenCalled();
  });

  it('with --cli runs the bundled pwb and exits with its code: no lock, no core, no window', async () => {
    fakes.runCli.mockResolvedValueOnce(5);
    await startMain(['--cli', 'logs', 'stats']);
    await vi.waitFor(() => expect(fakes.electron.app.exit).toHaveBeenCalledWith(5));
    expect(fakes.runCli).toHaveBeenCalledWith(path.resolve('electron/main', '../cli/pwb.mjs'), ['logs', 'stats']);
    expect(fakes.electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(fakes.createCore).not.toHaveBeenCalled();
    expect(fakes.createMainWindow).not.toHaveBeenCalled();
  });

  it('enables the sandbox, creates the core with the Electron platform, registers IPC and opens the window', async () => {
    await startMain();
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled());
    expect(fakes.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fakes.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();

    const platform = platformGivenToCore();
    expect(platform.mode).toBe('electron');
    expect(platform.dataDir).toBe('/home/admin/.config/fake-userData');
    expect(platform.secrets.osProtected).toBe(true);
    expect(fakes.createCore.mock.calls[0]?.[1]).toEqual({ version: '9.8.7' });
    expect(fakes.electron.ipcMain.handle).toHaveBeenCalledWith('app:info', expect.any(Function));
    expect(fakes.electron.ipcMain.handle).toHaveBeenCalledWith('pwb:dropped-files', expect.any(Function));
    // Native files: the core gets the dialogs, and nothing is granted before the admin picks a file.
    expect(platform.files?.isGranted('/etc/passwd', 'read')).toBe(false);
    expect(fakes.core.events.subscribe).toHaveBeenCalled();

    const options = fakes.createMainWindow.mock.calls[0] as unknown as [{ preloadPath: string; renderer: { kind: string; dir: string } }];
    expect(options[0].preloadPath).toBe(path.resolve('electron/main', '../preload/index.cjs'));
    expect(options[0].renderer).toEqual({ kind: 'app', dir: path.resolve('electron/main', '../renderer') });
    expect(fakes.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('registers the privileged app:// scheme before the app is ready', async () => {
    await startMain();
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled());
    expect(fakes.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const registered = fakes.electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!;
    const ready = fakes.electron.app.whenReady.mock.invocationCallOrder[0]!;
    expect(registered).toBeLessThan(ready);
  });

  it('installs the menu and crash handlers, and opens the window with the remembered state and the icon', async () => {
    await startMain();
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled());
    expect(fakes.installCrashHandlers).toHaveBeenCalled();
    expect(fakes.installAppMenu).toHaveBeenCalledWith(true);
    const options = (fakes.createMainWindow.mock.calls[0] as unknown as [{ state: unknown; iconPath: string }])[0];
    expect(options.state).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    expect(options.iconPath).toBe(path.resolve('electron/main', 'icon.png'));
    const window = fakes.windows[0]!;
    expect(window.on).toHaveBeenCalledWith('close', expect.any(Function));
  });

  it('honours --data-dir over PWB_DATA_DIR and userData', async () => {
    await startMain(['--data-dir', '/tmp/pwb-flag'], { PWB_DATA_DIR: '/tmp/pwb-env' });
    await vi.waitFor(() => expect(fakes.createCore).toHaveBeenCalled());
    expect(platformGivenToCore().dataDir).toBe(path.resolve('/tmp/pwb-flag'));
  });

  it('accepts --data-dir=<dir> and falls back to PWB_DATA_DIR', async () => {
    await startMain(['--data-dir=/tmp/pwb-eq']);
    await vi.waitFor(() => expect(fakes.createCore).toHaveBeenCalledTimes(1));
    expect(platformGivenToCore().dataDir).toBe(path.resolve('/tmp/pwb-eq'));

    await startMain([], { PWB_DATA_DIR: '/tmp/pwb-env' });
    await vi.waitFor(() => expect(fakes.createCore).toHaveBeenCalledTimes(2));
    expect(platformGivenToCore().dataDir).toBe(path.resolve('/tmp/pwb-env'));
  });

  it('focuses the first window when a second instance starts', async () => {
    await startMain();
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled());
    fakes.appListeners.get('second-instance')?.();
    const window = fakes.windows[0]!;
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', async () => {
    await startMain();
    const onAllClosed = fakes.appListeners.get('window-all-closed');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      onAllClosed?.();
      expect(fakes.electron.app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      onAllClosed?.();
      expect(fakes.electron.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('closes the core and removes the IPC handlers on quit', async () => {
    await startMain();
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalled());
    fakes.appListeners.get('will-quit')?.();
    expect(fakes.core.close).toHaveBeenCalledTimes(1);
    expect(fakes.electron.ipcMain.removeHandler).toHaveBeenCalledWith('app:info');
  });

  it('loads a loopback dev server only when unpackaged', async () => {
    await startMain([], { PWB_RENDERER_URL: 'http://localhost:5173' });
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalledTimes(1));
    expect(fakes.createMainWindow.mock.calls[0]).toMatchObject([{ renderer: { kind: 'dev', url: 'http://localhost:5173/' } }]);

    fakes.electron.app.isPackaged = true;
    await startMain([], { PWB_RENDERER_URL: 'http://localhost:5173' });
    await vi.waitFor(() => expect(fakes.createMainWindow).toHaveBeenCalledTimes(2));
    expect(fakes.createMainWindow.mock.calls[1]).toMatchObject([{ renderer: { kind: 'app' } }]);
  });

  it('shows the AppError message and exits when the core cannot start', async () => {
    fakes.createCore.mockImplementationOnce(async () => {
      // The same module instance index.ts sees after vi.resetModules, so instanceof AppError holds.
      const { AppError } = await import('../../../../shared/errors');
      throw new AppError('WORKSPACE_TOO_NEW', 'This workspace was written by a newer version.');
    });
    await startMain();
    await vi.waitFor(() => expect(fakes.electron.app.exit).toHaveBeenCalledWith(1));
    expect(fakes.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Provisioning Workbench could not start',
      'This workspace was written by a newer version.',
    );
    expect(fakes.createMainWindow).not.toHaveBeenCalled();
  });
});
