import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ScimStore } from '../../electron/core/db/scim/scim-store';
import type { Figure } from './measure';
import { serveScim } from './scim-serve';

const USERS = 100_000;
const CONNECTIONS = 10;
const SECONDS = 8;
const TOKEN = 'bench-token-0123456789abcdef0123456789abcdef';

/** Seeds the store file directly (one transaction) with Entra-shaped users. */
function seed(file: string): string[] {
  const store = ScimStore.open(file);
  const ids: string[] = [];
  const now = new Date().toISOString();
  store.transaction(() => {
    for (let i = 0; i < USERS; i++) {
      const id = randomUUID();
      ids.push(id);
      const userName = `user${i}@contoso.com`;
      const doc = {
        externalId: `ext-${i}`,
        userName,
        active: true,
        displayName: `User ${i}`,
        emails: [{ primary: true, type: 'work', value: userName }],
        name: { givenName: 'User', familyName: String(i), formatted: `User ${i}` },
      };
      store.users.insert({ id, userName, externalId: doc.externalId, displayName: doc.displayName, active: true, json: JSON.stringify(doc), now });
    }
  });
  store.close();
  return ids;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/** The machine's ceiling right now: a bare node:http server answering one fixed SCIM user, same load. */
const BASELINE_SERVER = `
const http = require('node:http');
const body = JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: '42', userName: 'user42@contoso.com', active: true });
const server = http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'application/scim+json' }); res.end(body); });
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
process.on('SIGINT', () => server.close(() => process.exit(0)));`;

async function baseline(): Promise<number> {
  const child = spawn(process.execPath, ['-e', BASELINE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout?.on('data', (chunk: Buffer) => resolve(/listening (\d+)/.exec(chunk.toString())?.[1] ?? '')));
  try {
    return (await load(`http://127.0.0.1:${port}/`, { method: 'GET' })).rps;
  } finally {
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGINT');
    });
  }
}

async function load(url: string, request: autocannon.Request, seconds = SECONDS): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/scim+json' },
    requests: [request],
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/**
 * The local SCIM endpoint seeded with 100,000 users, 10 connections on loopback, autocannon on the
 * same 2 cores: filter by userName, GET by id, POST and PATCH (bars from issue 3).
 */
export async function scimBench(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-scim-'));
  const db = path.join(dir, 'scim.sqlite');
  const seeded = performance.now();
  const ids = seed(db);
  const seedMs = performance.now() - seeded;
  const server = await serveScim(db, TOKEN);
  const figures: Figure[] = [{ name: `Seed ${USERS.toLocaleString('en-US')} users into scim.sqlite`, value: seedMs, unit: 'ms' }];
  try {
    const base = new URL(server.tenantUrl).pathname;
    let created = 0;
    const scenarios: Array<{ name: string; bar: number; read: boolean; request: autocannon.Request }> = [
      {
        name: 'GET /Users?filter=userName eq "…"',
        bar: 3000,
        read: true,
        request: { method: 'GET', setupRequest: (req) => ({ ...req, path: `${base}/Users?filter=${encodeURIComponent(`userName eq "user${Math.floor(Math.random() * USERS)}@contoso.com"`)}` }) },
      },
      { name: 'GET /Users/{id}', bar: 4000, read: true, request: { method: 'GET', setupRequest: (req) => ({ ...req, path: `${base}/Users/${pick(ids)}` }) } },
      {
        name: 'POST /Users',
        bar: 1000,
        read: false,
        request: { method: 'POST', setupRequest: (req) => ({ ...req, path: `${base}/Users`, body: JSON.stringify({ userName: `new${created++}-${randomUUID()}@contoso.com`, active: true, displayName: 'New' }) }) },
      },
      {
        name: 'PATCH /Users/{id} (replace displayName)',
        bar: 1000,
        read: false,
        request: {
          method: 'PATCH',
          setupRequest: (req) => ({ ...req, path: `${base}/Users/${pick(ids)}`, body: JSON.stringify({ Operations: [{ op: 'Replace', path: 'displayName', value: `Renamed ${Math.random()}` }] }) }),
        },
      },
    ];
    figures.push({ name: 'Baseline: bare node:http, fixed 140-byte user (machine ceiling now)', value: await baseline(), unit: 'req/s' });
    // Warm-up (JIT, SQLite page cache) so the first measured scenario is not also the cold start.
    for (const scenario of scenarios.filter((s) => s.read)) await load(server.tenantUrl, scenario.request, 2);
    for (const scenario of scenarios) {
      const result = await load(server.tenantUrl, scenario.request);
      figures.push({ name: `${scenario.name} (bar ≥ ${scenario.bar.toLocaleString('en-US')} req/s)`, value: result.rps, unit: 'req/s' });
      if (result.rps < scenario.bar) figures.push({ name: `  ${scenario.name} below its throughput bar`, value: 1, unit: 'miss', max: 0 });
      figures.push({ name: `  p99 latency`, value: result.p99, unit: 'ms', ...(scenario.read ? { max: 25 } : {}) });
      if (result.errors > 0) figures.push({ name: `  non-2xx or failed requests`, value: result.errors, unit: 'requests', max: 0 });
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
