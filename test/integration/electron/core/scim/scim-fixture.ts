import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ScimStore } from '../../../../../electron/core/db/scim/scim-store';
import { startScimServer, type ScimServer } from '../../../../../electron/core/scim/http/server';
import { profileById } from '../../../../../shared/vendors';

export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const TOKEN = 'integration-test-token-0123456789abcdef0123456789';

export interface ScimReply {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SCIM JSON is asserted field by field
  json: any;
}

export interface ScimClient {
  server: ScimServer;
  store: ScimStore;
  dir: string;
  call(method: string, pathAndQuery: string, body?: unknown, headers?: Record<string, string>): Promise<ScimReply>;
  patch(pathAndQuery: string, operations: unknown[]): Promise<ScimReply>;
  close(): Promise<void>;
}

/** A real endpoint over HTTP on 127.0.0.1 with a real SQLite store file in a temp dir. */
export async function startTestEndpoint(profileId = 'generic', options: { maxBodyBytes?: number } = {}): Promise<ScimClient> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-scim-'));
  const store = ScimStore.open(path.join(dir, 'scim.sqlite'));
  const profile = profileById(profileId);
  if (!profile) throw new Error(`no profile ${profileId}`);
  const server = await startScimServer({ store, profile, token: TOKEN, ...options });
  const call = async (method: string, pathAndQuery: string, body?: unknown, headers: Record<string, string> = {}): Promise<ScimReply> => {
    const response = await fetch(server.tenantUrl + pathAndQuery, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/scim+json; charset=utf-8', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
  };
  return {
    server,
    store,
    dir,
    call,
    patch: (p, operations) => call('PATCH', p, { schemas: [PATCH_OP], Operations: operations }),
    close: async () => {
      await server.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Entra's create-user body (scim-entra.md item 7), with its explicit nulls and client meta. */
export function entraUser(userName: string, externalId = userName.split('@')[0] ?? userName) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    externalId,
    userName,
    active: true,
    displayName: `Display ${externalId}`,
    emails: [{ primary: true, type: 'work', value: userName }],
    name: { givenName: 'Given', familyName: 'Family', formatted: 'Given Family' },
    meta: { resourceType: 'User' },
    roles: [],
    addresses: null,
    title: null,
  };
}

export function entraGroup(displayName: string, externalId = `oid-${displayName}`) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
    externalId,
    displayName,
    meta: { resourceType: 'Group' },
  };
}

export function expectScimError(reply: ScimReply, status: number, scimType?: string): void {
  if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}: ${reply.text}`);
  const body = reply.json as { schemas: string[]; status: unknown; scimType?: string; detail?: string };
  if (!body.schemas.includes('urn:ietf:params:scim:api:messages:2.0:Error')) throw new Error(`not a SCIM error: ${reply.text}`);
  if (body.status !== String(status)) throw new Error(`status must be the string "${status}": ${reply.text}`);
  if (typeof body.detail !== 'string' || body.detail === '') throw new Error(`error without detail: ${reply.text}`);
  if (scimType !== undefined && body.scimType !== scimType) throw new Error(`expected scimType ${scimType}: ${reply.text}`);
}
