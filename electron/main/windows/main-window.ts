import { BrowserWindow, nativeTheme } from 'electron';
import type { Session } from 'electron';
import { createLogger } from '../../core/logger';
import { RENDERER_CSP, createWebPreferences } from '../security';
import type { RendererLocation } from '../security';

const log = createLogger({ scope: 'window' });

/** Fluent UI's colorNeutralBackground1 (webLightTheme / webDarkTheme), so no white flash before paint. */
const BACKGROUND = { light: '#ffffff', dark: '#292929' } as const;

export interface MainWindowOptions {
  renderer: RendererLocation;
  preloadPath: string;
  devTools?: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Provisioning Workbench',
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    show: false,
    webPreferences: createWebPreferences({ preload: options.preloadPath, devTools: options.devTools ?? false }),
  });
  window.once('ready-to-show', () => window.show());

  load(window, options.renderer).catch((error: unknown) => log.error('the renderer failed to load', { error }));
  return window;
}

function load(window: BrowserWindow, renderer: RendererLocation): Promise<void> {
  if (renderer.kind === 'file') return window.loadFile(renderer.indexPath);
  applyCspHeader(window.webContents.session, new URL(renderer.url).origin);
  return window.loadURL(renderer.url);
}

/**
 * A dev server sends no CSP of its own, so main adds the renderer's policy to its responses. Packaged
 * file:// loads get the same policy from the <meta> tag in index.html (webRequest does not see file://).
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
