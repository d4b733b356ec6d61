import type { WebContents } from 'electron';
import { createLogger } from '../../core/logger';
import type { AppOrigin } from './app-origin';
import { isAllowedExternalUrl, safeOpenExternal } from './open-external';

const log = createLogger({ scope: 'security' });

/**
 * Keeps every web contents on the app's own renderer: foreign navigations, redirects, <webview>s and
 * new windows are refused. An allow-listed https link the admin clicks opens in the system browser.
 */
export function hardenNavigation(contents: WebContents, origin: AppOrigin): void {
  contents.on('will-navigate', (event) => {
    if (origin.isAppUrl(event.url)) return;
    event.preventDefault();
    routeOutside(event.url, 'navigation');
  });
  contents.on('will-frame-navigate', (event) => {
    // Main-frame navigations are handled (and routed outside) by will-navigate.
    if (event.isMainFrame || origin.isAppUrl(event.url)) return;
    event.preventDefault();
    refused(event.url, 'subframe navigation');
  });
  contents.on('will-redirect', (event) => {
    if (origin.isAppUrl(event.url)) return;
    event.preventDefault();
    refused(event.url, 'redirect');
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('refused to attach a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    routeOutside(url, 'window.open');
    return { action: 'deny' };
  });
}

function routeOutside(url: string, what: string): void {
  if (!isAllowedExternalUrl(url)) {
    refused(url, what);
    return;
  }
  safeOpenExternal(url).catch((error: unknown) => log.warn('could not open an external URL', { error }));
}

function refused(url: string, what: string): void {
  let target = 'unparseable';
  try {
    const parsed = new URL(url);
    target = parsed.protocol === 'file:' ? 'file:' : `${parsed.protocol}//${parsed.host}`;
  } catch {
    // keep 'unparseable'
  }
  log.warn(`refused ${what}`, { target });
}
