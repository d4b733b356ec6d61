import { app } from 'electron';
import type { Session, WebContents } from 'electron';
import type { AppOrigin } from './app-origin';
import { hardenNavigation } from './navigation';
import { denyAllPermissions } from './permissions';

export { createAppOrigin, devServerUrl } from './app-origin';
export { APP_INDEX_URL, APP_ORIGIN, registerAppScheme, serveAppProtocol } from './app-protocol';
export type { AppOrigin, RendererLocation } from './app-origin';
export { RENDERER_CSP, RENDERER_CSP_META } from './csp';
export { isAllowedExternalUrl, safeOpenExternal } from './open-external';
export { createWebPreferences } from './web-preferences';

export function applySessionSecurity(session: Session): void {
  denyAllPermissions(session);
}

export function hardenWebContents(contents: WebContents, origin: AppOrigin): void {
  hardenNavigation(contents, origin);
}

/** Hardens every web contents the app ever creates, including ones nobody expected. Call before `ready`. */
export function installSecurityHooks(origin: AppOrigin): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin));
}
