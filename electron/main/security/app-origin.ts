import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the renderer is loaded from: the packaged index.html, or a dev server during development. */
export type RendererLocation = { kind: 'file'; indexPath: string } | { kind: 'dev'; url: string };

/** Decides whether a URL is the app's own renderer: the one origin allowed to navigate and to call IPC. */
export interface AppOrigin {
  readonly location: RendererLocation;
  isAppUrl(url: string): boolean;
}

export function createAppOrigin(location: RendererLocation): AppOrigin {
  if (location.kind === 'dev') {
    const origin = new URL(location.url).origin;
    return { location, isAppUrl: (url) => parseUrl(url)?.origin === origin };
  }
  const rendererDir = path.dirname(path.resolve(location.indexPath));
  return { location, isAppUrl: (url) => isFileInside(url, rendererDir) };
}

function isFileInside(url: string, dir: string): boolean {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'file:') return false;
  let file: string;
  try {
    // Throws for file URLs with a remote host (UNC shares on posix) and encoded separators.
    file = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev-server URL from PWB_RENDERER_URL, honoured only in an unpackaged app and only on loopback:
 * a packaged build must never be talked into loading (and granting `window.api` to) a remote page.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env.PWB_RENDERER_URL;
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
