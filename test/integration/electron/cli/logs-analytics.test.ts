import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../../../fakes/loganalytics/fake-log-analytics';
import { sample } from '../core/workspace-fixture';
import { pwb } from './cli-harness';

const WS = '5C1C7E5A-1F0E-4D47-9A3E-2B8F4C7D9E10';
const records = sample().provisioningLogs.slice(0, 1200);
let fake: FakeLogAnalytics;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = new FakeLogAnalytics({ workspaces: { [WS]: records }, tokens: { [FAKE_LA_TOKEN]: [WS] } });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-cli-la-'));
  env = { PWB_LA_ENDPOINT: await fake.start(), PWB_LA_ACCESS_TOKEN: FAKE_LA_TOKEN, PWB_DATA_DIR: dir };
});
afterAll(async () => {
  await fake.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pwb logs analytics', () => {
  it('connects a workspace and says what it holds', async () => {
    const run = await pwb(['logs', 'analytics', 'connect', '--workspace', WS], env);
    expect(run.stderr).toBe('');
    const times = records.map((r) => r.activityDateTime).sort();
    expect(run.stdout.trim()).toBe(`Connected to workspace ${WS.toLowerCase()} (Global): 1,200 provisioning-log record(s) from ${times[0]} to ${times.at(-1)}.`);
    expect((await pwb(['logs', 'la', 'status'], env)).stdout).toMatch(/^Workspace 5c1c7e5a-1f0e-4d47-9a3e-2b8f4c7d9e10 \(Global\), connected /);
  });

  it('summarises by error code in the workspace, as the local store would', async () => {
    const run = await pwb(['logs', 'analytics', 'summary', '--by', 'errorCode', '--format', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { rows: Array<{ key: string; total: number }>; counts: { total: number } };
    const expected = new Map<string, number>();
    for (const r of records) {
      const code = r.provisioningStatusInfo.errorInformation?.errorCode;
      if (code) expected.set(code, (expected.get(code) ?? 0) + 1);
    }
    expect(new Map(result.rows.map((r) => [r.key, r.total]))).toEqual(expected);
    expect(result.counts.total).toBe(1200);
  });

  it('pulls a slice into the store with zero rejections, then adds nothing the second time', async () => {
    const db = path.join(dir, 'store.sqlite');
    const first = await pwb(['logs', 'la', 'pull', '--since', '2000-01-01T00:00:00Z', '--status', 'failure', '--db', db, '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const failures = records.filter((r) => r.provisioningStatusInfo.status === 'failure').length;
    expect(JSON.parse(first.stdout)).toMatchObject({ added: failures, rejected: 0, cancelled: false });
    const again = await pwb(['logs', 'la', 'pull', '--since', '2000-01-01T00:00:00Z', '--status', 'failure', '--db', db], env);
    expect(again.stdout).toMatch(new RegExp(`: 0 new record\\(s\\), ${failures} already stored, 0 rejected\\.`));
    const stats = await pwb(['logs', 'stats', '--by', 'status', '--format', 'json', '--db', db], env);
    expect(JSON.parse(stats.stdout)).toMatchObject([{ key: 'failure', total: failures }]);
  });

  it('explains a refused token and a workspace without access', async () => {
    const bad = await pwb(['logs', 'la', 'summary', '--by', 'status'], { ...env, PWB_LA_ACCESS_TOKEN: 'forged' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Log Analytics did not accept the sign-in \(AuthorizationRequiredError: Valid authentication was not provided\)\. Sign in again/);
    const other = await pwb(['logs', 'la', 'connect', '--workspace', '00000000-1111-2222-3333-444444444444'], env);
    expect(other.stderr).toMatch(/This account may not read workspace 00000000-1111-2222-3333-444444444444 \(InsufficientAccessError: .*\)\. Ask for the Log Analytics Reader role/);
    const usage = await pwb(['logs', 'la', 'connect', '--workspace', 'not-a-guid'], env);
    expect(usage.stderr).toMatch(/"not-a-guid" is not a workspace ID\. Copy the Workspace ID/);
  });
});
