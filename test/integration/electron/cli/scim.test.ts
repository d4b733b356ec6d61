import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScimStore } from '../../../../electron/core/db/scim/scim-store';
import { pwb } from './cli-harness';

const BIN = path.resolve(__dirname, '../../../../bin/pwb.mjs');

/** Starts `pwb scim serve` as a real process and waits (bounded) for it to print its Tenant URL. */
async function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; tenantUrl: string; token: string | undefined; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'scim', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PWB_SCIM_TOKEN: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 15_000);
    child.stdout?.on('data', () => {
      if (stdout.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.on('exit', () => resolve(false));
  });
  if (!ready) throw new Error(`serve did not start: ${stdout} ${stderr}`);
  const tenantUrl = /SCIM endpoint: (\S+)/.exec(stdout)?.[1] as string;
  return { child, tenantUrl, token: /Secret token: (\S+)/.exec(stdout)?.[1], output: () => stdout + stderr };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );
}

describe('pwb scim', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-scim-cli-'));
    db = path.join(dir, 'scim.sqlite');
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serve prints the Tenant URL and a generated token once, serves, and stops cleanly on SIGINT', async () => {
    const server = await serve(['--db', db, '--profile', 'officernd']);
    try {
      expect(server.tenantUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
      expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(server.output().split(server.token as string)).toHaveLength(2);
      const created = await fetch(`${server.tenantUrl}/Users`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/scim+json' },
        body: JSON.stringify({ userName: 'cli@contoso.com' }),
      });
      expect(created.status).toBe(201);
      const rejected = await fetch(`${server.tenantUrl}/Users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(rejected.status).toBe(401);
    } finally {
      server.child.kill('SIGINT');
    }
    expect(await exited(server.child)).toBe(0);
    expect(server.output()).toContain('Stopped.');

    const log = await pwb(['scim', 'log', '--db', db]);
    expect(log.code).toBe(0);
    expect(log.stdout).toMatch(/POST\s+201 .*\/scim\/v2\/Users/);
    expect(log.stdout).toMatch(/POST\s+401/);
    expect(log.stdout).not.toContain(server.token);
    const json = await pwb(['scim', 'log', '--db', db, '--format', 'json', '--limit', '1']);
    const entries = JSON.parse(json.stdout);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ method: 'POST', status: 401 });

    const reset = await pwb(['scim', 'reset', '--db', db]);
    expect(reset.stdout).toContain('removed 1 user(s), 0 group(s)');
    expect((await pwb(['scim', 'log', '--db', db])).stdout).toContain('No requests logged yet.');
  }, 40_000);

  it('serve uses a given token without printing it, on loopback without a warning', async () => {
    const server = await serve(['--db', db, '--token', 'given-token-0123456789', '--host', '127.0.0.1']);
    try {
      expect(server.token).toBeUndefined();
      expect(server.output()).not.toContain('given-token-0123456789');
      expect(server.output()).not.toContain('Warning');
      const port = new URL(server.tenantUrl).port;
      const reply = await fetch(`http://127.0.0.1:${port}/scim/v2/Users`, { headers: { Authorization: 'Bearer given-token-0123456789' } });
      expect(reply.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await exited(server.child)).toBe(0);
  }, 40_000);

  it('serve takes its token from --token-file or PWB_SCIM_TOKEN, keeping it off the command line', async () => {
    const tokenFile = path.join(dir, 'token.txt');
    fs.writeFileSync(tokenFile, 'file-token-0123456789abcdef\n', { mode: 0o600 });
    for (const [args, env, token] of [
      [['--token-file', tokenFile], {}, 'file-token-0123456789abcdef'],
      [[], { PWB_SCIM_TOKEN: 'env-token-0123456789abcdef' }, 'env-token-0123456789abcdef'],
    ] as const) {
      const server = await serve(['--db', db, ...args], env);
      try {
        expect(server.token).toBeUndefined();
        expect(server.output()).not.toContain(token);
        const reply = await fetch(`${server.tenantUrl}/Users`, { headers: { Authorization: `Bearer ${token}` } });
        expect(reply.status).toBe(200);
      } finally {
        server.child.kill('SIGTERM');
      }
      expect(await exited(server.child)).toBe(0);
    }
    const missing = await pwb(['scim', 'serve', '--db', db, '--token-file', path.join(dir, 'nope.txt')]);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, `pwb: Cannot read the token file ${path.join(dir, 'nope.txt')} (ENOENT).`]);
    expect((await pwb(['scim', 'serve', '--db', db, '--token', 'x'.repeat(20), '--token-file', tokenFile])).code).toBe(2);
  }, 60_000);

  it('loses no acknowledged write when the server is killed with SIGKILL under write load', async () => {
    const server = await serve(['--db', db]);
    const acknowledged: string[] = [];
    let sent = 0;
    const writer = async (worker: number) => {
      for (let i = 0; i < 200; i++) {
        sent++;
        try {
          const reply = await fetch(`${server.tenantUrl}/Users`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/scim+json' },
            body: JSON.stringify({ userName: `w${worker}-${i}@contoso.com` }),
          });
          if (reply.status === 201) acknowledged.push(((await reply.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(writer));
    for (let wait = 0; wait < 2000 && acknowledged.length < 50 && sent < 800; wait++) await new Promise((r) => setTimeout(r, 5));
    if (acknowledged.length < 50) throw new Error(`only ${acknowledged.length} of ${sent} writes acknowledged: ${server.output()}`);
    server.child.kill('SIGKILL');
    await load;
    await exited(server.child);
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    const store = ScimStore.open(db);
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const missing = acknowledged.filter((id) => !store.users.get(id));
      expect(missing).toEqual([]);
    } finally {
      store.close();
    }
  }, 60_000);

  it('profiles lists every vendor profile with its filterable attributes; bad arguments are usage errors', async () => {
    const run = await pwb(['scim', 'profiles']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/howspace\s+Howspace/);
    expect(run.stdout).toContain('filterable: Users id, userName; Groups id, externalId, displayName');
    expect((await pwb(['scim', 'serve', '--profile', 'nope', '--db', db])).code).toBe(2);
    expect((await pwb(['scim', 'log', '--format', 'xml', '--db', db])).code).toBe(2);
    expect((await pwb(['scim', 'frobnicate'])).code).toBe(2);
    expect((await pwb(['--help'])).stdout).toContain('pwb scim serve');
  });
});
