import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../shared/ipc/contract';
import { EventHub } from '../../../../electron/core/events';
import { startHost, type RunningHost } from '../../../../electron/host/server';

let host: RunningHost;
let rendererDir: string;
const events = new EventHub();
const tenants = [{ id: 't1', displayName: 'Contoso', defaultDomain: null, source: 'sample' as const, fetchedAt: '2026-11-01T00:00:00Z', appCount: 4 }];
const handlers = { 'tenants:list': async () => tenants, 'snapshot:import': async () => ({ tenantId: 't', tenantName: 'T', users: 0, groups: 0, apps: 0, provisioningLogs: 0 }) } as unknown as Handlers;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so Host and Origin headers can be set freely (fetch forbids that). */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer; port?: number; hostname?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: options.hostname ?? '127.0.0.1', port: options.port ?? host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

let signIn: Reply;
let session = '';
const cookie = () => `pwb_session=${session}`;
const invokeHeaders = () => ({ cookie: cookie(), 'content-type': 'application/json', 'x-pwb-request': '1' });

beforeAll(async () => {
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>PWB</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'pwb-outside.txt'), 'outside');
  host = await startHost({ core: { handlers, events }, rendererDir, maxBodyBytes: 1024 });
  signIn = await request({ path: `/?secret=${host.secret}` });
  session = /^pwb_session=([0-9a-f]+);/.exec(signIn.headers['set-cookie']?.[0] ?? '')?.[1] ?? '';
});

afterAll(async () => {
  await host.close();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a 256-bit secret', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]{64}$/);
    const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(request({ path: '/', hostname: external.address })).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('refuses requests without the secret (401)', async () => {
    expect((await request({ path: '/', headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(401);
    const api = await request({ path: '/api/invoke/tenants:list', method: 'POST', headers: { 'content-type': 'application/json', 'x-pwb-request': '1' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await request({ path: '/?secret=wrong' })).status).toBe(401);
  });

  it('trades the secret in the URL for an HttpOnly cookie and drops it from the address', async () => {
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe('/');
    expect(signIn.headers['set-cookie']?.[0]).toMatch(/^pwb_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\//);
  });

  it('accepts the launch URL once: a second use is refused, and the secret itself is no session', async () => {
    expect(session).not.toBe(host.secret);
    const again = await request({ path: `/?secret=${host.secret}` });
    expect([again.status, again.headers['set-cookie']]).toEqual([401, undefined]);
    expect(again.body).toContain('used already');
    expect((await request({ path: '/', headers: { cookie: `pwb_session=${host.secret}` } })).status).toBe(401);
    expect((await request({ path: '/', headers: { cookie: cookie() } })).status).toBe(200);
  });

  it('answers a malformed %-escape in a channel name with 400 and the Result envelope', async () => {
    const reply = await request({ path: '/api/invoke/tenants%E0%A4%A', method: 'POST', headers: invokeHeaders(), body: '{}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: 'The channel name in the URL is not valid percent-encoding.' } });
  });

  it('rejects a foreign Host header (DNS rebinding) with 421', async () => {
    const reply = await request({ path: '/', headers: { host: 'evil.example:80', cookie: cookie() } });
    expect(reply.status).toBe(421);
  });

  it('rejects a foreign Origin with 403', async () => {
    const reply = await request({ path: '/api/invoke/tenants:list', method: 'POST', headers: { ...invokeHeaders(), origin: 'http://evil.example' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('serves the renderer with a strict CSP, and index.html for client-side routes', async () => {
    const page = await request({ path: '/', headers: { cookie: cookie() } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/apps/abc', headers: { cookie: cookie() } })).body).toContain('<title>PWB</title>');
    expect((await request({ path: '/assets/app.js', headers: { cookie: cookie() } })).headers['content-type']).toMatch(/javascript/);
    expect((await request({ path: '/assets/missing.js', headers: { cookie: cookie() } })).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../pwb-outside.txt', '/%2e%2e/pwb-outside.txt', '/assets/..%2f..%2fpwb-outside.txt']) {
      const reply = await request({ path: p, headers: { cookie: cookie() } });
      expect(reply.body).not.toContain('outside');
    }
  });

  it('answers contract calls with the Result envelope', async () => {
    const reply = await request({ path: '/api/invoke/tenants:list', method: 'POST', headers: invokeHeaders(), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: tenants });
    const unknown = await request({ path: '/api/invoke/shell:exec', method: 'POST', headers: invokeHeaders(), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const bad = await request({ path: '/api/invoke/tenants:list', method: 'POST', headers: invokeHeaders(), body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('needs the x-pwb-request header on calls (no simple cross-site form posts)', async () => {
    const reply = await request({ path: '/api/invoke/tenants:list', method: 'POST', headers: { cookie: cookie(), 'content-type': 'text/plain' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('caps request bodies (413), with a larger cap only for snapshot imports', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(5000) });
    expect((await request({ path: '/api/invoke/tenants:list', method: 'POST', headers: invokeHeaders(), body: big })).status).toBe(413);
    const snapshot = JSON.stringify({ fileName: 'a.json', text: 'x'.repeat(5000) });
    expect((await request({ path: '/api/invoke/snapshot:import', method: 'POST', headers: invokeHeaders(), body: snapshot })).status).toBe(200);
  });

  it('pushes core events to the server-sent event stream', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get({ hostname: '127.0.0.1', port: host.port, path: '/api/events', headers: { cookie: cookie() } }, (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          if (buffer.includes(': connected')) events.emit({ type: 'workspace:changed', tenantId: 't9' });
          const match = buffer.match(/data: (.*)\n\n/);
          if (match) {
            req.destroy();
            resolve(match[1]!);
          }
        });
      });
      req.on('error', reject);
    });
    expect(JSON.parse(await received)).toEqual({ type: 'workspace:changed', tenantId: 't9' });
  });
});
