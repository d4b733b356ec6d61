import { app, BrowserWindow, nativeTheme } from 'electron';
import type { Session } from 'electron';
import { createLogger } from '../../core/logger';
import { APP_INDEX_URL, RENDERER_CSP, createWebPreferences } from '../security';
import type { RendererLocation } from '../security';
import { buildCrashReport, showCrashDialog } from '../desktop/crash-report';
import { DEFAULT_STATE, MIN_SIZE } from './window-state';
import type { WindowState } from './window-state';

const log = createLogger({ scope: 'window' });

/** Fluent UI's colorNeutralBackground1 (webLightTheme / webDarkTheme), so no white flash before paint. */
const BACKGROUND = { light: '#ffffff', dark: '#292929' } as const;

export interface MainWindowOptions {
  renderer: RendererLocation;
  preloadPath: string;
  devTools?: boolean;
  /** Remembered size and position (windows/window-state.ts); the default size when absent. */
  state?: WindowState;
  /** The window icon (Linux and Windows; macOS takes the bundle's icon). */
  iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = options.state ?? DEFAULT_STATE;
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    title: 'Provisioning Workbench',
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    show: false,
    webPreferences: createWebPreferences({ preload: options.preloadPath, devTools: options.devTools ?? false }),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => void rendererGone(window, details.reason));

  load(window, options.renderer).catch((error: unknown) => log.error('the renderer failed to load', { error }));
  return window;
}

/** A crashed or killed renderer: a dialog with a copyable report and Reload / Quit, not a blank window. */
async function rendererGone(window: BrowserWindow, reason: string): Promise<void> {
  log.error('the renderer process is gone', { reason });
  if (reason === 'clean-exit' || window.isDestroyed()) return;
  const report = buildCrashReport(`The window's renderer process stopped (${reason}).`, new Error(`render-process-gone: ${reason}`));
  const choice = await showCrashDialog('The Provisioning Workbench window stopped working', report, { canReload: true });
  if (choice === 'quit') app.quit();
  else if (!window.isDestroyed()) window.webContents.reload();
}

function load(window: BrowserWindow, renderer: RendererLocation): Promise<void> {
  if (renderer.kind === 'app') return window.loadURL(APP_INDEX_URL);
  applyCspHeader(window.webContents.session, new URL(renderer.url).origin);
  return window.loadURL(renderer.url);
}

/**
 * A dev server sends no CSP of its own, so main adds the renderer's policy to its responses. The app://
 * handler sends the same policy itself (security/app-protocol.ts).
 */
export function applyCspHeader(session: Session, origin: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!sameOrigin(details.url, origin)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
