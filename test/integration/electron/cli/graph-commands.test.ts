import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../../shared/snapshot/validate';
import { FAKE_ADMIN, startFakeEntra, type FakeEntra } from '../../../fakes/entra/fake-entra';
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from '../../../fakes/graph/fake-graph';
import { FAKE_TENANT_ID, fakeTenantSnapshot } from '../../../fakes/graph/fake-tenant';
import { pwb } from './cli-harness';

let entra: FakeEntra;
let graph: FakeGraph;
let dataDir: string;
const source = fakeTenantSnapshot();
const env = () => ({ PWB_DATA_DIR: dataDir, PWB_AUTHORITY_ENDPOINT: entra.url, PWB_GRAPH_ENDPOINT: graph.url });
const tokenFlags = () => ['--access-token', FAKE_GRAPH_TOKEN, '--graph-endpoint', graph.url];

beforeAll(async () => {
  entra = await startFakeEntra();
  graph = await startFakeGraph({ snapshot: source });
});
afterAll(async () => {
  await entra.close();
  await graph.close();
});
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-cli-graph-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('pwb login / apps list / logout against the fakes', () => {
  it('signs in with a device code, lists the provisioning apps with that sign-in, and signs out', async () => {
    const login = await pwb(['login', '--tenant', FAKE_TENANT_ID], env());
    expect(login.stderr).toMatch(/enter the code [0-9A-F]{8}/);
    expect(login.stdout).toContain(`Signed in as ${FAKE_ADMIN.username}`);
    expect(login.stderr).toContain('less protected');
    expect(login.code).toBe(0);

    const apps = await pwb(['apps', 'list', '--json'], env());
    expect(apps.code).toBe(0);
    const listed = JSON.parse(apps.stdout) as Array<{ displayName: string }>;
    const expected = source.servicePrincipals.filter((sp) => sp.synchronization.jobs.length > 0).map((sp) => sp.displayName).sort();
    expect(listed.map((app) => app.displayName).sort()).toEqual(expected);

    const logout = await pwb(['logout'], env());
    expect(logout.stdout).toContain(`Signed out ${FAKE_ADMIN.username}`);
    const after = await pwb(['apps', 'list'], env());
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/sign in/i);
  });

  it('reads Graph with --access-token, printing a table', async () => {
    const run = await pwb(['apps', 'list', ...tokenFlags()], { PWB_DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^NAME\s+ID\s+PROVISIONING$/);
    expect(run.stdout).toContain('Howspace');
    expect(run.stdout).not.toContain(FAKE_GRAPH_TOKEN);
  });

  it('accepts the token from PWB_ACCESS_TOKEN', async () => {
    const run = await pwb(['apps', 'list', '--json', '--graph-endpoint', graph.url], { PWB_DATA_DIR: dataDir, PWB_ACCESS_TOKEN: FAKE_GRAPH_TOKEN });
    expect(run.code).toBe(0);
  });

  it('refuses to send a token to a plain-http endpoint that is not loopback', async () => {
    const run = await pwb(['apps', 'list', '--access-token', 'x', '--graph-endpoint', 'http://graph.example.com'], { PWB_DATA_DIR: dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('https');
  });

  it('names the missing permission when Graph answers 403', async () => {
    graph.failNext('/servicePrincipals', 403);
    const run = await pwb(['apps', 'list', ...tokenFlags()], { PWB_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Application.Read.All');
  });
});

describe('pwb snapshot pull', () => {
  it('writes one app as a valid snapshot file, found by name', async () => {
    const out = path.join(dataDir, 'howspace.json');
    const run = await pwb(['snapshot', 'pull', '--app', 'Howspace', '--out', out, ...tokenFlags()], { PWB_DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    const parsed = parseSnapshot(fs.readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.servicePrincipals.map((sp) => sp.displayName)).toEqual(['Howspace']);
    expect(parsed.snapshot.source.kind).toBe('graph');
    const original = source.servicePrincipals.find((sp) => sp.displayName === 'Howspace');
    expect(parsed.snapshot.servicePrincipals[0]?.synchronization.jobs[0]?.schema).toEqual(original?.synchronization.jobs[0]?.schema);
  });

  it('pulls by appId and saves into the workspace with --save', async () => {
    const app = source.servicePrincipals.find((sp) => sp.displayName === 'OfficeRnD Workplace');
    const run = await pwb(['snapshot', 'pull', '--app', app?.appId ?? '', '--save', ...tokenFlags()], { PWB_DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Saved to the workspace');
    const info = await pwb(['workspace', 'info', '--json'], { PWB_DATA_DIR: dataDir });
    expect(info.stdout).toContain(FAKE_TENANT_ID);
  });

  it('says so when no app has that name', async () => {
    const run = await pwb(['snapshot', 'pull', '--app', 'No Such App', ...tokenFlags()], { PWB_DATA_DIR: dataDir });
    expect(run.code).toBe(5);
  });
});
