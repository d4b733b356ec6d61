import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthService } from '../../../../../electron/core/auth/auth-service';
import { TOKEN_CACHE_FILE } from '../../../../../electron/core/auth/encrypted-cache-plugin';
import { openGraph } from '../../../../../electron/core/graph/graph-access';
import { createGraphClient } from '../../../../../electron/core/graph/graph-client';
import { createLogger } from '../../../../../electron/core/logger';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';
import { FAKE_ADMIN, FAKE_AUDITOR, startFakeEntra, type FakeEntra } from '../../../../fakes/entra/fake-entra';
import { defaultAcceptToken, startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { FAKE_TENANT_ID } from '../../../../fakes/graph/fake-tenant';

let entra: FakeEntra;
let graph: FakeGraph;
let dataDir: string;
let logLines: string[];

beforeAll(async () => {
  entra = await startFakeEntra();
  graph = await startFakeGraph();
});
afterAll(async () => {
  await entra.close();
  await graph.close();
});
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-auth-'));
  logLines = [];
  entra.signInAs(FAKE_ADMIN);
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function service(browser: ((url: string) => Promise<void>) | null = entra.openBrowser) {
  return new AuthService({
    dataDir,
    secrets: createFileSecretBox(dataDir),
    logger: createLogger({ level: 'debug', sink: (line) => logLines.push(line) }),
    openBrowser: browser ?? undefined,
    authorityEndpoint: entra.url,
    graphEndpoint: graph.url,
  });
}

describe('AuthService against the fake Entra authority', () => {
  it('signs in interactively (auth code + PKCE, form_post to the loopback listener) and reads Graph with the token', async () => {
    const auth = service();
    const account = await auth.signInInteractive({ tenant: FAKE_TENANT_ID });
    expect(account).toMatchObject({ username: FAKE_ADMIN.username, tenantId: FAKE_TENANT_ID, homeAccountId: `${FAKE_ADMIN.oid}.${FAKE_TENANT_ID}`, active: true, cloud: 'Global' });
    expect(entra.requests.some((p) => p.endsWith('/oauth2/v2.0/authorize'))).toBe(true);
    const client = createGraphClient({ baseUrl: auth.graphBaseUrl(), getAccessToken: () => auth.getAccessToken() });
    const org = await client.get<{ value: Array<{ id: string }> }>('/organization');
    expect(org.value[0]?.id).toBe(FAKE_TENANT_ID);
  });

  it('signs in with a device code after authorization_pending', async () => {
    const auth = service(null);
    const prompt = await auth.startDeviceCode({});
    expect(prompt.userCode).toMatch(/^[0-9A-F]{8}$/);
    expect(prompt.message).toContain(prompt.userCode);
    const account = await auth.completeDeviceCode(prompt.flowId);
    expect(account.username).toBe(FAKE_ADMIN.username);
    expect(entra.requests.filter((p) => p.endsWith('/token')).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses interactive sign-in where no browser can be opened', async () => {
    await expect(service(null).signInInteractive({})).rejects.toThrow(/device code/);
  });

  it('serves tokens silently from the encrypted cache in a new process without calling the authority', async () => {
    await service().signInInteractive({});
    const token = await service().getAccessToken();
    const before = entra.requests.length;
    expect(await service().getAccessToken()).toBe(token);
    expect(entra.requests.slice(before).filter((p) => p.endsWith('/token'))).toHaveLength(0);
  });

  it('refreshes an expiring access token silently with the refresh token', async () => {
    const shortLived = await startFakeEntra({ tokenLifetimeSeconds: 120 });
    try {
      const make = () => new AuthService({ dataDir, secrets: createFileSecretBox(dataDir), logger: createLogger({ sink: () => undefined }), openBrowser: shortLived.openBrowser, authorityEndpoint: shortLived.url });
      await make().signInInteractive({});
      const first = await make().getAccessToken();
      const before = shortLived.requests.length;
      const second = await make().getAccessToken();
      expect(second).not.toBe(first);
      expect(shortLived.requests.slice(before).filter((p) => p.endsWith('/token'))).toHaveLength(1);
    } finally {
      await shortLived.close();
    }
  });

  it('bypasses the cached access token when asked to force a refresh, so a Graph 401 mid-read is retried with a new token', async () => {
    const auth = service();
    await auth.signInInteractive({});
    const cached = await auth.getAccessToken();
    // Graph stops accepting the cached token (revoked, or expired before MSAL thinks): it answers 401.
    const strict = await startFakeGraph({ acceptToken: (token) => token !== cached && defaultAcceptToken(token) });
    try {
      const before = entra.requests.length;
      const { client } = openGraph({ auth, graphEndpoint: strict.url });
      const org = await client.get<{ value: Array<{ id: string }> }>('/organization');
      expect(org.value[0]?.id).toBe(FAKE_TENANT_ID);
      expect(entra.requests.slice(before).filter((p) => p.endsWith('/token'))).toHaveLength(1);
      expect(strict.requests.map((r) => r.path)).toEqual(['/v1.0/organization', '/v1.0/organization']);
      const fresh = await auth.getAccessToken();
      expect(fresh).not.toBe(cached);
      expect(await auth.getAccessToken(undefined, { forceRefresh: true })).not.toBe(fresh);
    } finally {
      await strict.close();
    }
  });

  it('asks to sign in again when the refresh token is revoked and the access token is gone', async () => {
    const auth = service();
    await auth.signInInteractive({});
    entra.revokeRefreshTokens();
    const cache = path.join(dataDir, TOKEN_CACHE_FILE);
    const box = createFileSecretBox(dataDir);
    const json = JSON.parse(box.decrypt(fs.readFileSync(cache))) as { AccessToken: Record<string, unknown> };
    json.AccessToken = {};
    fs.writeFileSync(cache, box.encrypt(JSON.stringify(json)));
    await expect(service().getAccessToken()).rejects.toThrow(/Sign in again/);
  });

  it('keeps two accounts, switches between them and signs one out', async () => {
    const auth = service();
    const admin = await auth.signInInteractive({});
    entra.signInAs(FAKE_AUDITOR);
    const auditor = await auth.signInInteractive({});
    let accounts = await auth.accounts();
    expect(accounts.map((a) => a.username).sort()).toEqual([FAKE_ADMIN.username, FAKE_AUDITOR.username]);
    expect(accounts.find((a) => a.active)?.username).toBe(FAKE_AUDITOR.username);
    await auth.switchAccount(admin.homeAccountId);
    expect((await auth.activeAccount())?.username).toBe(FAKE_ADMIN.username);
    const adminToken = JSON.parse(Buffer.from((await auth.getAccessToken()).split('.')[1] ?? '', 'base64url').toString()) as { oid: string };
    expect(adminToken.oid).toBe(FAKE_ADMIN.oid);
    await auth.signOut(admin.homeAccountId);
    accounts = await auth.accounts();
    expect(accounts.map((a) => a.homeAccountId)).toEqual([auditor.homeAccountId]);
    expect(accounts[0]?.active).toBe(true);
    await expect(auth.getAccessToken(admin.homeAccountId)).rejects.toThrow(/Sign in/);
  });

  it('requests the write scope only when asked', async () => {
    const auth = service();
    await auth.signInInteractive({});
    await expect(auth.getAccessToken(undefined, { write: true })).rejects.toThrow(/Synchronization\.ReadWrite\.All/);
    const readToken = JSON.parse(Buffer.from((await auth.getAccessToken()).split('.')[1] ?? '', 'base64url').toString()) as { scp: string };
    expect(readToken.scp).not.toContain('ReadWrite');
    await auth.signInInteractive({ write: true });
    const writeToken = JSON.parse(Buffer.from((await auth.getAccessToken(undefined, { write: true })).split('.')[1] ?? '', 'base64url').toString()) as { scp: string };
    expect(writeToken.scp).toContain('Synchronization.ReadWrite.All');
  });

  it('signs in to a national cloud with its own scopes and Graph host', async () => {
    const auth = new AuthService({ dataDir, secrets: createFileSecretBox(dataDir), logger: createLogger({ sink: () => undefined }), openBrowser: entra.openBrowser, authorityEndpoint: entra.url });
    const account = await auth.signInInteractive({ cloud: 'USGov' });
    expect(account.cloud).toBe('USGov');
    expect(auth.graphBaseUrl()).toBe('https://graph.microsoft.us/v1.0');
    const claims = JSON.parse(Buffer.from((await auth.getAccessToken()).split('.')[1] ?? '', 'base64url').toString()) as { scp: string };
    expect(claims.scp).toContain('Application.Read.All');
  });

  it('stores the token cache encrypted, 0600, and logs no token', async () => {
    const auth = service();
    await auth.signInInteractive({});
    const token = await auth.getAccessToken();
    const file = path.join(dataDir, TOKEN_CACHE_FILE);
    const raw = fs.readFileSync(file);
    expect(raw.toString('utf8')).not.toContain('AccessToken');
    expect(raw.includes(Buffer.from(token.slice(0, 40)))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const logs = logLines.join('\n');
    expect(logs).not.toContain(token.slice(0, 40));
    expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    const settings = fs.readFileSync(path.join(dataDir, 'auth-settings.json'), 'utf8');
    expect(settings).not.toContain(token.slice(0, 40));
  });

  it('rejects a client ID that is not a GUID and an unknown tenant format', async () => {
    const auth = service();
    await expect(auth.signInInteractive({ clientId: 'nope' })).rejects.toThrow(/GUID/);
    await expect(auth.signInInteractive({ tenant: 'bad tenant' })).rejects.toThrow(/tenant/);
  });
});

describe('interactive sign-in cancellation', () => {
  it('stops waiting for the browser when cancelled', async () => {
    const opened: string[] = [];
    const auth = service(async (url) => void opened.push(url));
    const pending = auth.signInInteractive({ flowId: 'f1' });
    for (let i = 0; i < 200 && opened.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(opened).toHaveLength(1);
    expect(auth.cancelSignIn('f1')).toBe(true);
    await expect(pending).rejects.toThrow(/cancelled/);
    expect(await auth.accounts()).toEqual([]);
  });
});
