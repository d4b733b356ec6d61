import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import type { Protocol } from 'electron';
import { mimeType } from '../../../shared/security/mime-types';
import { RENDERER_CSP } from './csp';
import { APP_HOST, APP_SCHEME } from './app-scheme';

export { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './app-scheme';
export { mimeType };

/** Must run before the app's `ready` event: Chromium reads scheme privileges once, at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file inside `rendererDir` that an app:// URL names, or undefined for anything else: another
 * host or scheme, `..` segments (raw or percent-encoded), encoded separators, NUL bytes, or a path
 * that resolves outside the folder. `/` is index.html (routes live in the hash).
 */
export function resolveAppFile(rendererDir: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  if (/%2f|%5c|%00/i.test(parsed.pathname)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\') || segment.includes('\0'))) return undefined;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return file;
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** Serves the renderer build: GET/HEAD of files inside `rendererDir`, with the CSP on every response. */
export function createAppProtocolHandler(rendererDir: string, readFile: ReadFile = (file) => fs.readFile(file)): (request: Request) => Promise<Response> {
  const headers = (extra: Record<string, string>) => ({
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ...extra,
  });
  const refuse = (status: number, text: string) => new Response(text, { status, headers: headers({ 'Content-Type': 'text/plain; charset=utf-8' }) });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return refuse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404, 'Not found');
    }
    const responseHeaders = headers({ 'Content-Type': mimeType(file) });
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), { status: 200, headers: responseHeaders });
  };
}

/** Answers app:// on the given protocol registry (the default session's). Call after `ready`. */
export function serveAppProtocol(rendererDir: string, registry: Pick<Protocol, 'handle'> = protocol): void {
  registry.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
