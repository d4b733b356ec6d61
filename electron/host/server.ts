import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../shared/errors';
import type { AppEvent } from '../../shared/ipc/contract';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { fail, toFailure, type Result } from '../../shared/ipc/result';
import { RENDERER_CSP } from '../../shared/security/csp';
import type { Core } from '../core';
import type { Logger } from '../core/logger';
import { cookieValue, hostAllowed, newSecret, originAllowed, secretsEqual, SESSION_COOKIE } from './request-guard';
import { readBody } from './read-body';
import { resolveStatic } from './static-files';

export interface HostOptions {
  core: Pick<Core, 'handlers' | 'events'>;
  rendererDir: string;
  port?: number;
  secret?: string;
  logger?: Logger;
  /** Body cap for ordinary channels; snapshot imports get MAX_REQUEST_BYTES. */
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_BODY_LIMIT = 1024 * 1024;
const LARGE_BODY_CHANNELS = new Set(['snapshot:import']);
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Browser mode: serves the production renderer and the IPC contract over loopback HTTP. Binds
 * 127.0.0.1 only, needs the per-launch secret (in the printed URL, accepted once; the browser then
 * holds a separate random session value in an HttpOnly cookie), refuses
 * foreign Host/Origin headers (DNS rebinding) and caps request bodies.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const secret = options.secret ?? newSecret();
  // The launch secret works once; the browser then holds a session of its own in an HttpOnly cookie.
  let launchUsed = false;
  const session = newSecret();
  const log = options.logger;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log?.error('host request failed', { error });
      if (!res.headersSent) sendJson(res, 500, toFailure(error));
      else res.end();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return sendText(res, 421, 'This server only answers to 127.0.0.1 and localhost.');
    if (!originAllowed(req, port)) return sendText(res, 403, 'Cross-origin requests are not allowed.');
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);

    const offered = url.searchParams.get('secret');
    if (offered !== null) {
      if (!secretsEqual(secret, offered)) return sendText(res, 401, 'That link has an out-of-date secret. Use the URL printed by `pwb ui`.');
      if (launchUsed) return sendText(res, 401, 'That link has been used already: it works once. Go on in the browser that opened it, or restart `pwb ui` for a new link.');
      launchUsed = true;
      url.searchParams.delete('secret');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'set-cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
        location: url.pathname + url.search,
        'cache-control': 'no-store',
      });
      return void res.end();
    }
    if (!secretsEqual(session, cookieValue(req, SESSION_COOKIE))) {
      if (url.pathname.startsWith('/api/')) {
        return sendJson(res, 401, fail('FORBIDDEN', 'This browser session is not signed in to the local host. Open the URL printed by `pwb ui` again.'));
      }
      return sendText(res, 401, 'Provisioning Workbench needs the link printed by `pwb ui` (it carries a one-time secret). Open that link.');
    }

    if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(req, res);
    if (url.pathname.startsWith('/api/invoke/')) {
      const channel = decodePath(url.pathname.slice('/api/invoke/'.length));
      if (channel === null) return sendJson(res, 400, fail('BAD_REQUEST', 'The channel name in the URL is not valid percent-encoding.'));
      return invoke(req, res, channel);
    }
    if (url.pathname.startsWith('/api/')) return sendJson(res, 404, fail('NOT_FOUND', `No such endpoint: ${url.pathname}`));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    return serveStatic(res, url.pathname, req.method === 'HEAD');
  }

  async function invoke(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_REQUEST', 'Use POST for /api/invoke.'));
    if (req.headers['x-pwb-request'] !== '1' || !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 403, fail('FORBIDDEN', 'Requests must come from the Provisioning Workbench page (x-pwb-request header and JSON body).'));
    }
    const limit = LARGE_BODY_CHANNELS.has(channel) ? MAX_REQUEST_BYTES : (options.maxBodyBytes ?? DEFAULT_BODY_LIMIT);
    let body: string;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') {
        res.setHeader('connection', 'close');
        return sendJson(res, 413, toFailure(error));
      }
      throw error;
    }
    let request: unknown;
    try {
      request = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, 400, fail('BAD_REQUEST', 'The request body is not valid JSON.'));
    }
    sendJson(res, 200, await dispatch(options.core.handlers, channel, request));
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    const unsubscribe = options.core.events.subscribe((event: AppEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      sseClients.delete(res);
    });
  }

  function serveStatic(res: ServerResponse, pathname: string, headOnly: boolean): void {
    const file = resolveStatic(options.rendererDir, pathname);
    if (!file) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': file.contentType,
      'content-length': file.body.length,
      'content-security-policy': RENDERER_CSP,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(headOnly ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  log?.info('browser-mode host listening', { port });

  return {
    url: `http://${LOOPBACK}:${port}/?secret=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sseClients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** decodeURIComponent, or null for a malformed %-escape (which must answer 400, not throw). */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text + '\n');
}
