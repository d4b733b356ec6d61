import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES } from '../../../../shared/scim/discovery';
import type { VendorProfile } from '../../../../shared/scim/schema/types';
import { ERROR_SCHEMA } from '../../../../shared/scim/schemas';
import { redactBody, secretAttributeNames } from '../../../../shared/scim/redact-secrets';
import { ScimError } from '../../../../shared/scim/scim-error';
import type { ScimStore } from '../../db/scim/scim-store';
import type { Logger } from '../../logger';
import { ScimResources } from '../scim-resources';
import { createBearerCheck, generateToken } from './bearer-token';
import { parseJsonBody } from './parse-json-body';
import { readBody } from './read-body';
import { RequestLogWriter } from './request-log-writer';
import { normalizeQuery, routeScim, type ScimResponse } from './scim-router';

/** The one base path: Tenant URL = http://HOST:PORT/scim/v2 (matched case-insensitively). */
export const SCIM_BASE_PATH = '/scim/v2';
const CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export interface ScimServerOptions {
  store: ScimStore;
  profile: VendorProfile;
  /** The bearer secret; a random 32-byte token is generated when omitted. */
  token?: string;
  /** Default 127.0.0.1. Anything else is the caller's explicit choice (and should be warned about). */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  logger?: Logger;
  now?: () => Date;
  maxBodyBytes?: number;
  /**
   * The Tenant URL clients are told to use (Location, meta.location, $ref). Default: the bound
   * address + /scim/v2. Never taken from a request's Host header, which the client chooses.
   */
  baseUrl?: string;
}

export interface ScimServer {
  /** http://HOST:PORT */
  url: string;
  /** What the admin pastes into Entra: url + /scim/v2. */
  tenantUrl: string;
  token: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || /^127\./.test(host);
}

function errorBody(error: ScimError) {
  return { schemas: [ERROR_SCHEMA], status: String(error.status), ...(error.scimType ? { scimType: error.scimType } : {}), detail: error.detail };
}

/** Starts the local SCIM 2.0 endpoint on node:http. The trial-sync engine and the CLI call this. */
export async function startScimServer(options: ScimServerOptions): Promise<ScimServer> {
  const token = options.token ?? generateToken();
  const authorized = createBearerCheck(token);
  const host = options.host ?? '127.0.0.1';
  const resources = new ScimResources(options.store, options.profile, options.now);
  const logWriter = new RequestLogWriter(options.store, options.logger);
  const secrets = secretAttributeNames(options.profile);
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const logger = options.logger;
  // Set once the port is known (before the first request can arrive).
  let baseUrl = options.baseUrl?.replace(/\/+$/, '') ?? '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    let requestText: string | null = null;
    let response: ScimResponse;
    let resourceType: string | null = null;
    try {
      const url = new URL(rawUrl, 'http://scim.local');
      const pathname = url.pathname.replace(/\/+$/, '');
      if (!pathname.toLowerCase().startsWith(SCIM_BASE_PATH) || (pathname.length > SCIM_BASE_PATH.length && pathname[SCIM_BASE_PATH.length] !== '/')) {
        throw new ScimError(404, `This is a SCIM endpoint: its base path is ${SCIM_BASE_PATH} (Tenant URL ${baseUrl}).`);
      }
      const segments = pathname
        .slice(SCIM_BASE_PATH.length)
        .split('/')
        .filter((s) => s !== '')
        .map((s) => {
          try {
            return decodeURIComponent(s);
          } catch {
            throw new ScimError(400, `The path segment "${s}" is not valid percent-encoding.`, 'invalidPath');
          }
        });
      resourceType = /^users$/i.test(segments[0] ?? '') ? 'User' : /^groups$/i.test(segments[0] ?? '') ? 'Group' : null;
      if (!authorized(req.headers.authorization)) {
        req.resume();
        throw new ScimError(401, 'Missing or wrong bearer token. Send "Authorization: Bearer <Secret Token>" with the token shown by the endpoint.');
      }
      let body: unknown;
      if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
        requestText = await readBody(req, limit);
        body = parseJsonBody(requestText, method);
      } else {
        req.resume();
      }
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      response = routeScim(resources, options.profile, {
        method,
        segments,
        query: normalizeQuery(url.searchParams),
        body,
        ...(typeof ifMatch === 'string' ? { ifMatch } : {}),
        ...(typeof ifNoneMatch === 'string' ? { ifNoneMatch } : {}),
        baseUrl,
      });
    } catch (error) {
      if (error instanceof ScimError) {
        response = { status: error.status, body: errorBody(error), ...(error.status === 401 ? { headers: { 'WWW-Authenticate': 'Bearer realm="scim"' } } : {}) };
      } else {
        logger?.error('scim request failed', { method, path: rawUrl, error: error instanceof Error ? error.message : String(error) });
        response = { status: 500, body: errorBody(new ScimError(500, 'The endpoint failed to handle this request; see the app log.')) };
      }
    }
    const text = response.body === undefined ? '' : JSON.stringify(response.body);
    const headers: Record<string, string | number> = { ...response.headers };
    if (text !== '') {
      headers['Content-Type'] = CONTENT_TYPE;
      headers['Content-Length'] = Buffer.byteLength(text);
    }
    if (response.status === 413) headers.Connection = 'close';
    res.writeHead(response.status, headers);
    res.end(text);
    logWriter.add({
      at: new Date().toISOString(),
      method,
      path: rawUrl,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      resourceType,
      requestBody: redactBody(requestText, secrets),
      responseBody: text === '' ? null : text,
    });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger?.error('scim response failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  if (baseUrl === '') baseUrl = url + SCIM_BASE_PATH;
  logger?.info('scim endpoint listening', { url, profile: options.profile.id });
  return {
    url,
    tenantUrl: baseUrl,
    token,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          logWriter.flush();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
