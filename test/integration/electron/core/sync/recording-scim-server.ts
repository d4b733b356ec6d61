import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small SCIM server for tests, independent of the product's local endpoint: it records every
 * request and answers from a tiny in-memory store, or from a script (to inject failures).
 */

export interface RecordedRequest {
  method: string;
  /** Path and query relative to the base URL, percent-decoded, e.g. `/Users?filter=userName eq "a@b"`. */
  path: string;
  body: unknown;
}

export type ScriptedReply =
  | { status: number; body?: unknown }
  /** A raw text answer (HTML, plain text) with its content type. */
  | { status: number; text: string; contentType: string }
  /** Never answer: the transport's timeout fires. */
  | { hang: true };

/** Returns a reply to override the store's answer, or undefined to let the store answer. */
export type Script = (request: RecordedRequest) => ScriptedReply | undefined;

type Json = Record<string, unknown>;

export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export interface RecordingServer {
  /** The Tenant URL, e.g. http://127.0.0.1:PORT/scim/v2. */
  baseUrl: string;
  requests: RecordedRequest[];
  users: Map<string, Json>;
  groups: Map<string, Json>;
  /** Replaces the script (undefined: the store answers everything). */
  script(script: Script | undefined): void;
  /** The requests other than GETs. */
  writes(): RecordedRequest[];
  clear(): void;
  close(): Promise<void>;
}

const list = (resources: Json[]) => ({ schemas: [LIST_SCHEMA], totalResults: resources.length, Resources: resources, startIndex: 1, itemsPerPage: resources.length });
const error = (status: number, detail: string) => ({ schemas: [ERROR_SCHEMA], status: String(status), detail });

function lower(value: unknown): string {
  return typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value);
}

/** Reads the few attributes Entra filters on. */
function valueAt(resource: Json, attribute: string): unknown[] {
  const name = attribute.toLowerCase();
  if (name === 'manager') return [((resource[ENTERPRISE] as Json | undefined)?.['manager'] as Json | undefined)?.['value']];
  if (name === 'members') return ((resource['members'] as Json[] | undefined) ?? []).map((m) => m['value']);
  if (name === 'emails[type eq "work"].value') return ((resource['emails'] as Json[] | undefined) ?? []).filter((e) => e['type'] === 'work').map((e) => e['value']);
  const key = Object.keys(resource).find((k) => k.toLowerCase() === name);
  return key === undefined ? [] : [resource[key]];
}

/** `a eq "x" and b eq "y"` (all Entra sends, §4.8 item 29). */
function matches(resource: Json, filter: string): boolean {
  return filter.split(/\s+and\s+/i).every((clause) => {
    const m = /^\s*(\S+)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(clause);
    if (!m) return false;
    const expected = m[2]!.replace(/\\(.)/g, '$1');
    return valueAt(resource, m[1]!).some((v) => v !== undefined && lower(v) === expected.toLowerCase());
  });
}

function setPath(resource: Json, path: string, value: unknown): void {
  const enterprise = path.startsWith(`${ENTERPRISE}:`);
  const container = enterprise ? ((resource[ENTERPRISE] ??= {}) as Json) : resource;
  const parts = (enterprise ? path.slice(ENTERPRISE.length + 1) : path).split('.');
  let node = container;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Json;
  const last = parts[parts.length - 1]!;
  node[last] = last === 'active' && typeof value === 'string' ? value.toLowerCase() === 'true' : value;
}

function applyPatch(resource: Json, operations: Json[]): void {
  for (const op of operations) {
    const name = String(op['op']).toLowerCase();
    const path = op['path'] as string | undefined;
    if (path === undefined) {
      for (const [key, value] of Object.entries((op['value'] as Json | undefined) ?? {})) setPath(resource, key, value);
      continue;
    }
    if (/^members/i.test(path)) {
      const members = ((resource['members'] as Json[] | undefined) ?? []).slice();
      const filtered = /members\[value eq "([^"]+)"\]/i.exec(path);
      const ids = filtered ? [filtered[1]!] : ((op['value'] as Json[] | undefined) ?? []).map((m) => String(m['value']));
      resource['members'] = name === 'remove' ? members.filter((m) => !ids.includes(String(m['value']))) : [...members, ...ids.filter((id) => !members.some((m) => m['value'] === id)).map((value) => ({ value }))];
      continue;
    }
    if (path.includes('[')) continue; // filtered multi-valued paths: recorded, not stored
    setPath(resource, path, name === 'remove' ? null : op['value']);
  }
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const users = new Map<string, Json>();
  const groups = new Map<string, Json>();
  let current: Script | undefined;
  let nextId = 1;
  const hanging = new Set<http.ServerResponse>();

  const storeAnswer = (request: RecordedRequest): { status: number; body?: unknown } => {
    const [pathname, query = ''] = request.path.split('?');
    const segments = pathname!.split('/').filter(Boolean);
    const kind = segments[0];
    const store = kind === 'Users' ? users : kind === 'Groups' ? groups : null;
    if (!store) return { status: 404, body: error(404, `no resource type ${kind}`) };
    const id = segments[1];
    const filter = /(?:^|&)filter=(.*?)(?:&[a-zA-Z]+=|$)/.exec(query)?.[1];
    if (request.method === 'GET' && !id) return { status: 200, body: list([...store.values()].filter((r) => (filter ? matches(r, filter) : true))) };
    if (request.method === 'POST' && !id) {
      const body = request.body as Json;
      const unique = kind === 'Users' ? 'userName' : 'displayName';
      if ([...store.values()].some((r) => lower(r[unique]) === lower(body[unique]))) return { status: 409, body: { ...error(409, `${unique} taken`), scimType: 'uniqueness' } };
      const created: Json = { ...body, id: `${kind === 'Users' ? 'u' : 'g'}-${nextId++}` };
      if (kind === 'Groups') created['members'] = [];
      if (typeof created['active'] === 'string') created['active'] = (created['active'] as string).toLowerCase() === 'true';
      store.set(created['id'] as string, created);
      return { status: 201, body: created };
    }
    const resource = id ? store.get(id) : undefined;
    if (!resource) return { status: 404, body: error(404, `${id} not found`) };
    if (request.method === 'GET') return { status: 200, body: resource };
    if (request.method === 'PATCH') {
      applyPatch(resource, ((request.body as Json)['Operations'] as Json[]) ?? []);
      return kind === 'Groups' ? { status: 204 } : { status: 200, body: resource };
    }
    if (request.method === 'DELETE') {
      store.delete(id!);
      return { status: 204 };
    }
    return { status: 405, body: error(405, 'method not allowed') };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const raw = (req.url ?? '/').replace(/^\/scim\/v2/, '');
      const request: RecordedRequest = { method: req.method ?? 'GET', path: decodeURIComponent(raw), body: text ? (JSON.parse(text) as unknown) : null };
      requests.push(request);
      const reply = current?.(request) ?? storeAnswer(request);
      if ('hang' in reply) {
        hanging.add(res);
        return;
      }
      if ('text' in reply) {
        res.writeHead(reply.status, { 'Content-Type': reply.contentType });
        res.end(reply.text);
        return;
      }
      if (reply.body === undefined) {
        res.writeHead(reply.status);
        res.end();
        return;
      }
      res.writeHead(reply.status, { 'Content-Type': 'application/scim+json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/scim/v2`,
    requests,
    users,
    groups,
    script: (script) => {
      current = script;
    },
    writes: () => requests.filter((r) => r.method !== 'GET'),
    clear: () => {
      requests.length = 0;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
