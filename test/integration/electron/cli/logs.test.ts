import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisioningObjectSummary } from '../../../../shared/graph/provisioning-log';
import { portalCsv, portalJson, write } from '../core/logs/log-files';
import { sample } from '../core/workspace-fixture';
import { pwb } from './cli-harness';

let dir: string;
let db: string;
let records: ProvisioningObjectSummary[];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-cli-logs-'));
  db = path.join(dir, 'store.sqlite');
  records = sample().provisioningLogs.slice(0, 1500);
  const run = await pwb(['logs', 'import', write(dir, 'logs.json', portalJson(records)), '--db', db]);
  expect(run.code, run.stderr).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pwb logs', () => {
  it('import reports added, duplicate and rejected counts and is idempotent', async () => {
    const again = await pwb(['logs', 'import', path.join(dir, 'logs.json'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/json-array/);
    expect(again.stdout).toMatch(/Imported 0 new record\(s\), 1,500 already stored, 0 rejected/);
    const bad = write(dir, 'bad.json', JSON.stringify([{ ...records[0], id: 'new-1' }, { id: 'new-2', activityDateTime: 'soon' }]));
    const mixed = await pwb(['logs', 'import', bad, '--db', db, '--json']);
    expect(JSON.parse(mixed.stdout)).toMatchObject({ added: 1, rejected: 1, rejections: [{ position: expect.stringMatching(/^record 2/), reason: expect.stringMatching(/"soon" is not a date/) }] });
  });

  it('import of the three portal CSV files works through the CLI', async () => {
    const other = path.join(dir, 'csv.sqlite');
    const csv = portalCsv(records.slice(0, 100));
    const run = await pwb(['logs', 'import', write(dir, 'a.csv', csv.main), write(dir, 'b.csv', csv.steps), write(dir, 'c.csv', csv.props), '--db', other]);
    expect(run.stdout).toMatch(/Imported 100 new record/);
  });

  it('refuses a non-log file with exit code 2 and says what it is', async () => {
    const run = await pwb(['logs', 'import', write(dir, 'users.json', JSON.stringify([{ id: '1', userPrincipalName: 'a@b' }])), '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a provisioning-log file: it looks like a JSON array of objects with keys id, userPrincipalName \(users\)/);
  });

  it('query filters like the reference and prints json, csv and a table', async () => {
    const failed = records.filter((r) => r.provisioningStatusInfo.status === 'failure');
    const app = failed[0]!.servicePrincipal!.id!;
    const expected = failed.filter((r) => r.servicePrincipal?.id === app);
    const json = await pwb(['logs', 'query', '--status', 'failure', '--app', app, '--format', 'json', '--db', db]);
    expect(json.code, json.stderr).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{ id: string; activityDateTime: string }>;
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.id)));
    expect(rows.map((r) => r.activityDateTime)).toEqual(rows.map((r) => r.activityDateTime).sort().reverse());
    const csv = await pwb(['logs', 'query', '--status', 'failure', '--app', app, '--format', 'csv', '--limit', '3', '--db', db]);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Date \(UTC\),Id,/);
    expect(lines).toHaveLength(4);
    const table = await pwb(['logs', 'query', '--error', failed[0]!.provisioningStatusInfo.errorInformation!.errorCode!, '--db', db]);
    expect(table.stdout).toMatch(/Date \(UTC\)\s+Status\s+Action/);
    expect(table.stderr).toMatch(/matching record\(s\) shown/);
    const cycle = await pwb(['logs', 'query', '--cycle', records[0]!.cycleId!, '--since', '3000d', '--format', 'json', '--db', db]);
    // +1: the earlier test imported a copy of records[0] under the id new-1.
    expect(JSON.parse(cycle.stdout)).toHaveLength(records.filter((r) => r.cycleId === records[0]!.cycleId).length + 1);
  });

  it('stats counts by status and error code with explanations', async () => {
    const run = await pwb(['logs', 'stats', '--by', 'status', '--format', 'json', '--db', db]);
    const rows = JSON.parse(run.stdout) as Array<{ key: string; total: number }>;
    expect(rows.find((r) => r.key === 'failure')?.total).toBe(records.filter((r) => r.provisioningStatusInfo.status === 'failure').length);
    const codes = await pwb(['logs', 'stats', '--by', 'errorCode', '--db', db]);
    expect(codes.stdout).toMatch(/errorCode\s+total\s+success\s+failure\s+skipped\s+warning\s+meaning/);
  });

  it('show prints the steps and the explanation of a failure', async () => {
    const failed = records.find((r) => r.provisioningStatusInfo.status === 'failure')!;
    const run = await pwb(['logs', 'show', failed.id, '--db', db]);
    expect(run.stdout).toMatch(/What to try:/);
    expect(run.stdout).toMatch(/Steps:\n {2}1\. /);
    expect((await pwb(['logs', 'show', 'nope', '--db', db])).code).toBe(5);
  });

  it('reports usage mistakes with exit code 2', async () => {
    expect((await pwb(['logs', 'stats', '--db', db])).code).toBe(2);
    expect((await pwb(['logs', 'query', '--status', 'great', '--db', db])).stderr).toMatch(/--status must be one of/);
    expect((await pwb(['logs', 'query', '--since', 'yesterday', '--db', db])).stderr).toMatch(/--since must be an ISO/);
    expect((await pwb(['logs', 'import', '--db', db])).code).toBe(2);
  });
});

describe('pwb logs pull', () => {
  it('pulls from Graph with --access-token and --graph-endpoint, then incrementally', async () => {
    const { startFakeGraph } = await import('../../../fakes/graph/fake-graph');
    const graph = await startFakeGraph({ snapshot: sample(), pageSize: 100 });
    try {
      const store = path.join(dir, 'pull.sqlite');
      const flags = ['--access-token', 'test-token', '--graph-endpoint', graph.url, '--db', store];
      const since = '2026-11-18T00:00:00Z';
      // Pulls go in day slices paced under the reporting limit (4 requests per 10 s): a short window keeps this test fast.
      const until = ['--until', '2026-11-21T00:00:00Z'];
      const first = await pwb(['logs', 'pull', '--since', since, ...until, '--json', ...flags]);
      expect(first.code, first.stderr).toBe(0);
      const expected = sample().provisioningLogs.filter((r) => Date.parse(r.activityDateTime) > Date.parse(since)).length;
      expect(JSON.parse(first.stdout)).toMatchObject({ added: expected, cancelled: false });
      const again = await pwb(['logs', 'pull', ...until, ...flags]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/: 0 new record\(s\)/);
      const refused = await pwb(['logs', 'pull', '--access-token', 'bad', '--graph-endpoint', graph.url, '--db', store]);
      expect(refused.code).not.toBe(0);
    } finally {
      await graph.close();
    }
  }, 60_000);
});
