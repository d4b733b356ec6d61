import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { staticTokenWarning, tokenExpiry } from '../../../../electron/core/graph/static-token';
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from '../../../fakes/graph/fake-graph';
import { pwb } from './cli-harness';

/** An unsigned JWT the fake Graph accepts (issued by a 127.0.0.1 authority), expiring at `exp`. */
function jwt(exp: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'http://127.0.0.1/tenant/v2.0', aud: 'https://graph.microsoft.com', exp })}.sig`;
}

const warnings = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('Warning: '));

let graph: FakeGraph;
let dir: string;
beforeAll(async () => {
  graph = await startFakeGraph();
});
afterAll(async () => graph.close());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-static-token-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the static access token warning', () => {
  it('says when a JWT expires, from its exp claim, and that an opaque token lasts about an hour', () => {
    const now = new Date('2026-12-03T14:00:00Z');
    const exp = Date.parse('2026-12-03T14:52:30Z') / 1000;
    expect(tokenExpiry(jwt(exp))?.toISOString()).toBe('2026-12-03T14:52:30.000Z');
    expect(staticTokenWarning(jwt(exp), now)).toBe(
      'Warning: a static access token cannot be refreshed; this one expires at 2026-12-03 14:52 UTC (in about 53 minutes), and the read will stop then. For a long read, sign in with `pwb login` instead, so the token is refreshed during the read.',
    );
    expect(staticTokenWarning('opaque-token', now)).toMatch(/^Warning: a static access token cannot be refreshed; it expires about an hour after it was issued, and the read will stop then\./);
    expect(staticTokenWarning(jwt(Date.parse('2026-12-03T13:00:00Z') / 1000), now)).toMatch(/expired at 2026-12-03 13:00 UTC/);
  });

  it('prints one warning line on stderr before `pwb snapshot pull` with --access-token, naming the expiry', async () => {
    const exp = Math.floor(Date.now() / 1000) + 45 * 60;
    const out = path.join(dir, 'howspace.json');
    const run = await pwb(['snapshot', 'pull', '--app', 'Howspace', '--out', out, '--access-token', jwt(exp), '--graph-endpoint', graph.url], { PWB_DATA_DIR: dir });
    expect(run.code, run.stderr).toBe(0);
    const lines = warnings(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`expires at ${new Date(exp * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    expect(lines[0]).toContain('the read will stop then');
    expect(run.stderr).not.toContain(jwt(exp));
  });

  it('warns for PWB_ACCESS_TOKEN too, and not when the command signs in instead', async () => {
    const run = await pwb(['snapshot', 'pull', '--app', 'Howspace', '--out', path.join(dir, 'a.json'), '--graph-endpoint', graph.url], { PWB_DATA_DIR: dir, PWB_ACCESS_TOKEN: FAKE_GRAPH_TOKEN });
    expect(run.code, run.stderr).toBe(0);
    expect(warnings(run.stderr)).toEqual([expect.stringContaining('expires about an hour after it was issued')]);
    const signedOut = await pwb(['snapshot', 'pull', '--app', 'Howspace', '--graph-endpoint', graph.url], { PWB_DATA_DIR: dir });
    expect(signedOut.code).not.toBe(0);
    expect(warnings(signedOut.stderr)).toEqual([]);
  });

  it('warns before a `pwb logs pull` over more than a day, and not over a shorter window', async () => {
    const flags = ['--access-token', FAKE_GRAPH_TOKEN, '--graph-endpoint', graph.url, '--db', path.join(dir, 'logs.sqlite')];
    const long = await pwb(['logs', 'pull', '--since', '2026-11-18T00:00:00Z', '--until', '2026-11-20T00:00:00Z', ...flags]);
    expect(long.code, long.stderr).toBe(0);
    expect(warnings(long.stderr)).toHaveLength(1);
    const short = await pwb(['logs', 'pull', '--since', '2026-11-20T00:00:00Z', '--until', '2026-11-20T12:00:00Z', ...flags]);
    expect(short.code, short.stderr).toBe(0);
    expect(warnings(short.stderr)).toEqual([]);
  });
});
