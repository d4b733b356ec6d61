import path from 'node:path';
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import { isAppError } from '../../shared/errors';
import { createCore } from '../core';
import type { Core } from '../core';
import { resolveDataDir, pwbEnvironment } from '../core/config';
import { createLogger } from '../core/logger';
import type { Platform } from '../core/platform';
import { forwardEvents } from './ipc/events';
import { registerIpcHandlers } from './ipc/handle';
import { createSafeStorageSecretBox } from './secrets';
import { applySessionSecurity, createAppOrigin, devServerUrl, installSecurityHooks, registerAppScheme, safeOpenExternal, serveAppProtocol } from './security';
import type { RendererLocation } from './security';
import { cliArguments, cliEntry, runCli } from './desktop/cli-mode';
import { installCrashHandlers } from './desktop/crash-report';
import { installAppMenu } from './desktop/menu';
import { registerDroppedFiles } from './files/dropped-files';
import { createFileAccess } from './files/file-dialogs';
import { createFileGrants } from './files/file-grants';
import { createMainWindow } from './windows/main-window';
import { createWindowStateStore, fitToDisplays, trackWindowState } from './windows/window-state';

const log = createLogger({ scope: 'main' });

// This file is bundled to out/main/index.cjs; the renderer and preload bundles sit beside it in out/.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const PRELOAD = path.join(__dirname, '../preload/index.cjs');
// Drawn by build/scripts/icons.mjs at build time.
const ICON = path.join(__dirname, 'icon.png');

function start(): void {
  const cli = cliArguments(process.argv);
  if (cli) {
    // The installed `pwb`: no window, no single-instance lock (it may run beside the open app).
    void runCli(cliEntry(__dirname), cli).then(
      (code) => app.exit(code),
      (error: unknown) => {
        process.stderr.write(`pwb: ${error instanceof Error ? error.message : String(error)}\n`);
        app.exit(1);
      },
    );
    return;
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  installCrashHandlers();
  // Scheme privileges are read once at start-up: this must happen before `ready`.
  registerAppScheme();

  const renderer = rendererLocation();
  const origin = createAppOrigin(renderer);
  installSecurityHooks(origin);

  let core: Core | undefined;
  let window: BrowserWindow | undefined;
  let quitting = false;
  const disposers: Array<() => void> = [];

  const openWindow = (): void => {
    const store = createWindowStateStore(app.getPath('userData'));
    const state = fitToDisplays(store.load(), screen.getAllDisplays().map((display) => display.workArea));
    const created = createMainWindow({ renderer, preloadPath: PRELOAD, devTools: !app.isPackaged, state, iconPath: ICON });
    trackWindowState(created, store);
    created.on('closed', () => {
      if (window === created) window = undefined;
    });
    window = created;
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', (event?: { preventDefault(): void }) => {
    quitting = true;
    for (const dispose of disposers.splice(0)) dispose();
    const closing = core;
    core = undefined;
    if (!closing) return;
    // Let the core stop its servers and close the workspace before the process ends.
    event?.preventDefault();
    void closing.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      applySessionSecurity(session.defaultSession);
      if (renderer.kind === 'app') serveAppProtocol(renderer.dir);
      installAppMenu(!app.isPackaged);
      // Paths the admin picked or dropped: the only files the core reads or writes for the renderer.
      const grants = createFileGrants();
      const platform: Platform = {
        mode: 'electron',
        dataDir: resolveDataDir({
          flag: readFlag(process.argv, '--data-dir'),
          env: process.env,
          electronUserData: app.getPath('userData'),
        }),
        secrets: createSafeStorageSecretBox(),
        openExternal: safeOpenExternal,
        files: createFileAccess(grants),
      };
      // npm start's second build of better-sqlite3 for Electron (.electron-native/); installers carry their own.
      const sqliteBinding = app.isPackaged ? undefined : pwbEnvironment().sqliteBinding;
      const created = await createCore(platform, { version: app.getVersion(), ...(sqliteBinding ? { sqliteBinding } : {}) });
      if (quitting) {
        created.close();
        return;
      }
      core = created;
      disposers.push(registerIpcHandlers(core.handlers, origin), registerDroppedFiles(grants, origin), forwardEvents(core.events));
      openWindow();
    })
    .catch(failToStart);
}

function rendererLocation(): RendererLocation {
  const url = devServerUrl(process.env, app.isPackaged);
  if (url) return { kind: 'dev', url };
  if (pwbEnvironment().rendererUrl) {
    log.warn('ignoring PWB_RENDERER_URL: only a loopback URL in an unpackaged app is honoured');
  }
  return { kind: 'app', dir: RENDERER_DIR };
}

/** `--name value` or `--name=value`. */
function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

function failToStart(error: unknown): void {
  log.error('startup failed', { error, stack: error instanceof Error ? error.stack : undefined });
  const message = isAppError(error) ? error.message : 'An unexpected error stopped the app from starting. The details are in the log.';
  dialog.showErrorBox('Provisioning Workbench could not start', message);
  app.exit(1);
}

start();
