import { APP_ORIGIN } from './app-scheme';
import { pwbEnvironment } from '../../core/config';

/** Where the renderer is loaded from: the renderer build served over app://, or a dev server during development. */
export type RendererLocation = { kind: 'app'; dir: string } | { kind: 'dev'; url: string };

/** Decides whether a URL is the app's own renderer: the one origin allowed to navigate and to call IPC. */
export interface AppOrigin {
  readonly location: RendererLocation;
  isAppUrl(url: string): boolean;
}

export function createAppOrigin(location: RendererLocation): AppOrigin {
  const origin = location.kind === 'dev' ? new URL(location.url).origin : APP_ORIGIN;
  return { location, isAppUrl: (url) => sameOrigin(url, origin) };
}

/** `URL.origin` is "null" for non-special schemes in Node, so app:// is compared by protocol and host. */
function sameOrigin(url: string, origin: string): boolean {
  const parsed = parseUrl(url);
  const expected = parseUrl(origin);
  if (!parsed || !expected || parsed.username !== '' || parsed.password !== '') return false;
  return parsed.protocol === expected.protocol && parsed.host === expected.host;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev-server URL from PWB_RENDERER_URL, honoured only in an unpackaged app and only on loopback:
 * a packaged build must never be talked into loading (and granting `window.api` to) a remote page.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = pwbEnvironment(env).rendererUrl;
  if (!raw || isPackaged) return undefined;
  const parsed = parseUrl(raw);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    return undefined;
  }
  return parsed.href;
}

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
