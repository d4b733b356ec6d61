import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../electron/core';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';

/** One request on its own connection (the endpoint restarts during the test, so no pooled sockets). */
function send(url: string, options: { method?: string; token?: string; body?: unknown } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(url, {
      method: options.method ?? 'GET',
      agent: false,
      headers: { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), 'Content-Type': 'application/scim+json' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The scim:* channels as the UI uses them, through the real core. */
describe('scim:* channels', () => {
  let dir: string;
  let core: Core;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-scim-ipc-'));
    core = await createCore({ mode: 'browser', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { seedSample: false });
  });
  afterEach(async () => {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts on 127.0.0.1 with the chosen profile, logs traffic, browses data, regenerates the token and resets', async () => {
    const h = core.handlers;
    expect((await h['scim:status']({})).running).toBe(false);
    expect((await h['scim:profiles']({})).map((p) => p.id)).toEqual(['generic', 'howspace', 'officernd', 'officespace']);
    const started = await h['scim:start']({ port: 0, profileId: 'howspace' });
    expect(started).toMatchObject({ running: true, host: '127.0.0.1', profileId: 'howspace', profileName: 'Howspace' });
    expect(started.tenantUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const { token } = await h['scim:revealToken']({});
    expect(token).toHaveLength(43);
    // the token survives a restart of the core (kept encrypted in the data dir, never in plain text)
    expect(fs.readFileSync(path.join(dir, 'scim-token.bin')).toString('latin1')).not.toContain(token);

    expect(await send(`${started.tenantUrl}/Users`, { method: 'POST', token, body: { userName: 'ipc@contoso.com', externalId: 'e1' } })).toBe(201);
    await expect.poll(async () => (await h['scim:log']({})).entries.length, { timeout: 2000 }).toBe(1);
    const log = await h['scim:log']({ method: 'POST', outcome: 'success' });
    expect(log.entries[0]).toMatchObject({ method: 'POST', status: 201, path: '/scim/v2/Users' });
    const detail = await h['scim:logEntry']({ seq: log.entries[0]!.seq });
    expect(detail.requestBody).toContain('ipc@contoso.com');
    expect((await h['scim:log']({ outcome: 'error' })).entries).toHaveLength(0);

    const users = await h['scim:resources']({ type: 'User', search: 'IPC@' });
    expect(users.total).toBe(1);
    expect(JSON.parse(users.items[0]!.json)).toMatchObject({ userName: 'ipc@contoso.com', externalId: 'e1' });

    const regenerated = await h['scim:regenerateToken']({});
    expect(regenerated.running).toBe(true);
    expect(regenerated.port).toBe(started.port);
    const fresh = (await h['scim:revealToken']({})).token;
    expect(fresh).not.toBe(token);
    expect(await send(`${regenerated.tenantUrl}/Users`, { token })).toBe(401);
    expect(await send(`${regenerated.tenantUrl}/Users`, { token: fresh })).toBe(200);

    const stopped = await h['scim:stop']({});
    expect(stopped).toMatchObject({ running: false, tenantUrl: null, users: 1, profileId: 'howspace' });
    const reset = await h['scim:reset']({});
    expect(reset).toMatchObject({ users: 0, groups: 0, loggedRequests: 0 });
    await expect(h['scim:start']({ profileId: 'nope' })).rejects.toThrow(/Unknown vendor profile/);
  });

  it('stops the endpoint when the core closes', async () => {
    const started = await core.handlers['scim:start']({});
    await core.close();
    await expect(send(`${started.tenantUrl}/Users`)).rejects.toThrow();
    core = await createCore({ mode: 'browser', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { seedSample: false });
  });
});
