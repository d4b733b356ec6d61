import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrialRun } from '../../../../shared/sync';
import { pwb } from './cli-harness';

const AMELIE = 'amelie.cote@contoso.com';
const howspace = (...args: string[]) => ['trial', '--app', 'Howspace', ...args];
const firstLine = (text: string) => text.split('\n')[0];
const lines = (text: string, pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l));

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-trial-'));
  dataDir = path.join(dir, 'ws');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pwb trial: a story on the sample tenant, continued from one command to the next', () => {
  it('creates a user on the first run: verdict first, the POST in the Action phase, exit 0', async () => {
    const run = await pwb([...howspace('--user', AMELIE), '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(firstLine(run.stdout)).toBe('✓ Success: Would be created in Howspace with 6 attributes');
    expect(run.stdout).toContain('User Amélie Côté <amelie.cote@contoso.com> — create: ✓ Success');
    expect(run.stdout).toContain('  ✓ Match   No match in Howspace');
    expect(lines(run.stdout, /^\s+GET /)).toEqual([expect.stringMatching(/^ {6}GET \/Users\?filter=userName eq "amelie\.cote@contoso\.com" → 200 · [\d.]+ ms {2}\(Match on userName\)$/)]);
    expect(lines(run.stdout, /^\s+POST /)).toEqual([expect.stringMatching(/^ {6}POST \/Users → 201 · [\d.]+ ms {2}\(Create the user\)$/)]);
    expect(run.stdout).toMatch(/^ {6}name\.givenName {2,}Amélie$/m);
    expect(run.stdout).toMatch(/^ {6}userName {2,}amelie\.cote@contoso\.com → amelie\.cote@contoso\.com {2}\(sent\)$/m);
  });

  it('sends no POST on a second first run: Entra already linked the user', async () => {
    const run = await pwb([...howspace('--user', AMELIE), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(firstLine(run.stdout)).toBe('✓ Success: No change: amelie.cote@contoso.com already matches Howspace (RedundantExport, nothing sent)');
    expect(lines(run.stdout, /^\s+(POST|PATCH|PUT|DELETE) /)).toEqual([]);
  });

  it('sends one PATCH for change --set givenName=X, and shows what landed', async () => {
    const run = await pwb([...howspace('--user', 'Amélie Côté', '--scenario', 'change', '--set', 'givenName=X'), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(firstLine(run.stdout)).toBe('✓ Success: Would be updated in Howspace: name.givenName');
    expect(run.stdout).toContain('Source changes\n  · givenName set to "X" on Amélie Côté\n');
    expect(run.stdout).toContain('      · name.givenName: Amélie → X (Replace)');
    expect(lines(run.stdout, /^\s+(POST|PATCH|PUT|DELETE) /)).toEqual([expect.stringMatching(/^ {6}PATCH \/Users\/[0-9a-f-]{36} → 200 · [\d.]+ ms {2}\(Update 1 attribute\)$/)]);
    expect(run.stdout).toMatch(/^ {6}name\.givenName {2,}X → X {2}\(sent\)$/m);
    expect(run.stdout).toMatch(/^ {6}name\.familyName {2,}Côté → Côté {2}\(unchanged\)$/m);
  });

  it('prints the whole run as JSON with --format json', async () => {
    const run = await pwb([...howspace('--user', 'catherine.moore@contoso.com', '--format', 'json'), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const trial = JSON.parse(run.stdout) as TrialRun;
    expect(trial.status).toBe('success');
    expect(trial.scenario).toEqual({ name: 'first' });
    expect(trial.subject).toEqual({ kind: 'User', id: '4b4818e2-acab-4d9a-bd9c-5a5132c5cb6f', displayName: 'Catherine Moore' });
    expect(trial.objects.map((o) => [o.kind, o.action, o.status])).toEqual([['User', 'create', 'success']]);
    expect(trial.exchanges.map((e) => [e.method, e.response?.status])).toEqual([['GET', 200], ['POST', 201]]);
    expect(trial.objects[0]!.targetObject).toMatchObject({ userName: 'catherine.moore@contoso.com', active: true });
    expect(trial.records).toHaveLength(1);
    expect(trial.records[0]!.provisioningAction).toBe('create');
  });

  it('provisions a group with the --member picked, users first', async () => {
    const run = await pwb([...howspace('--group', 'Marketing', '--member', 'camila.rodriguez@contoso.com', '--format', 'json'), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const trial = JSON.parse(run.stdout) as TrialRun;
    expect(trial.objects.map((o) => [o.kind, o.displayName, o.action])).toEqual([
      ['User', 'Camila Rodríguez', 'create'],
      ['Group', 'Marketing', 'create'],
    ]);
    expect(trial.exchanges.map((e) => e.method)).toEqual(['GET', 'POST', 'GET', 'POST', 'PATCH']);
    expect((trial.objects[1]!.targetObject!['members'] as unknown[]).length).toBe(1);
  });

  it('shows Entra\'s links, the runs kept, and forgets them on reset', async () => {
    const state = await pwb(['trial', 'state', '--app', 'Howspace', '--format', 'json', '--data-dir', dataDir]);
    expect(state.code).toBe(0);
    const view = JSON.parse(state.stdout) as { targetKey: string; links: Array<{ displayName: string }> };
    expect(view.targetKey).toBe('local');
    expect(view.links.map((l) => l.displayName).sort()).toEqual(['Amélie Côté', 'Camila Rodríguez', 'Catherine Moore', 'Marketing']);
    const runs = await pwb(['trial', 'runs', '--app', 'Howspace', '--format', 'json', '--data-dir', dataDir]);
    expect((JSON.parse(runs.stdout) as Array<{ scenario: string }>).map((r) => r.scenario)).toEqual(['first', 'first', 'change', 'first', 'first']);
    const reset = await pwb(['trial', 'reset', '--app', 'Howspace', '--data-dir', dataDir]);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toBe('Forgot 4 link(s) of Howspace and emptied its local endpoint. The next trial starts over.\n');
    const again = await pwb(['trial', 'state', '--app', 'Howspace', '--data-dir', dataDir]);
    expect(again.stdout).toBe('Entra\'s links for Howspace → the local endpoint (howspace): 0\n');
  });
});

describe('pwb trial: failures and usage', () => {
  it('exits 1 when Entra would log a failure: Fabrikam maps userName from mail, which this user lacks', async () => {
    const run = await pwb(['trial', '--app', 'Fabrikam Expenses (SCIM)', '--user', 'stefan.wagner@contoso.com', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(firstLine(run.stdout)).toBe('✗ Failure: Would fail: required userName is null for stefan.wagner@contoso.com, so no POST is sent (MandatoryFieldsMissing)');
    expect(run.stdout).toContain('  ✗ Action  MandatoryFieldsMissing: no POST');
    expect(lines(run.stdout, /^\s+POST /)).toEqual([]);
  });

  it.each([
    [['--user', AMELIE, '--scenario', 'nope'], 'pwb: unknown scenario "nope" (one of first, change, disable, unassign, soft-delete, restore, hard-delete, group-add, group-remove, role-change).'],
    [['--user', AMELIE, '--set', 'givenName=X'], 'pwb: --set goes with --scenario change.'],
    [['--user', AMELIE, '--scenario', 'change'], 'pwb: --scenario change needs at least one --set ATTR=VALUE (ATTR= clears it).'],
    [['--user', AMELIE, '--group', 'Marketing'], 'pwb: trial needs --user UPN|ID or --group NAME|ID (one of them).'],
    [['--group', 'Marketing', ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap((m) => ['--member', m])], 'pwb: provision on demand takes at most 5 members of a group; 6 were given.'],
    [['--user', AMELIE, '--format', 'xml'], 'pwb: --format must be text or json, not "xml".'],
  ])('exits 2 for %j', async (args, message) => {
    const run = await pwb([...howspace(...args), '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(firstLine(run.stderr)).toBe(message);
  });

  it('refuses --scim-url without --yes, naming the host and what would happen there', async () => {
    const run = await pwb([...howspace('--user', AMELIE, '--scim-url', 'https://scim.example.com/scim/v2', '--token', 'secret'), '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(firstLine(run.stderr)).toBe(
      'pwb: a trial against scim.example.com sends real requests: objects in that service will be created, changed and may be deleted. Add --yes to go ahead against scim.example.com, or --dry-run to send GETs only.',
    );
  });

  it('lists the subjects a name matches instead of guessing', async () => {
    const run = await pwb([...howspace('--user', 'le'), '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'pwb: "le" matches 3 users; give the UPN or object id of one:',
        '  David Levi <david.levi@contoso.com> 824eb6d6-cd16-466d-8bd9-73e0a29fcc94',
        '  Isabelle Fournier <isabelle.fournier@contoso.com> 144526f5-bc83-4b5c-b1ec-50f7f8906b49',
        '  Klaus Müller <klaus.muller@contoso.com> e84b7ef3-3538-4455-ba3f-81f2936187be',
        'Run `pwb --help` for usage.',
        '',
      ].join('\n'),
    );
  });

  it('exits 5 for an app that is not in the workspace', async () => {
    const run = await pwb(['trial', '--app', 'Nope', '--user', AMELIE, '--data-dir', dataDir]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('pwb: no app called "Nope" with provisioning in Contoso (sample)');
  });
});

describe('pwb trial against a SCIM URL', () => {
  const seen: Array<{ method: string; url: string; authorization: string | undefined }> = [];
  let server: http.Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
      if (req.method !== 'GET') return void res.writeHead(500).end();
      res.writeHead(200, { 'Content-Type': 'application/scim+json' });
      res.end(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [], startIndex: 1, itemsPerPage: 0 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends only GETs (token from PWB_SCIM_TOKEN) and shows the POST it would have sent', async () => {
    seen.length = 0;
    const run = await pwb([...howspace('--user', AMELIE, '--scim-url', baseUrl, '--dry-run'), '--data-dir', dataDir], { PWB_SCIM_TOKEN: 'token-from-env' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(seen).toEqual([{ method: 'GET', url: '/scim/v2/Users?filter=userName%20eq%20%22amelie.cote%40contoso.com%22', authorization: 'Bearer token-from-env' }]);
    expect(firstLine(run.stdout)).toBe('✓ Success: Would be created in Howspace with 6 attributes — dry run, nothing sent');
    expect(run.stdout).toContain(`→ 127.0.0.1:${new URL(baseUrl).port} (${baseUrl})`);
    expect(run.stdout).toContain('      POST /Users — not sent (dry run)  (Create the user)\n        > {\n');
    expect(run.stdout).toContain('            "userName": "amelie.cote@contoso.com",\n');
  });

  it('writes with --yes (confirming the host to the core), shows the bodies with --verbose, and exits 1 when the service fails', async () => {
    seen.length = 0;
    const run = await pwb([...howspace('--user', AMELIE, '--scim-url', baseUrl, '--token', 'cli-token', '--yes', '--verbose'), '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(seen.map((r) => [r.method, r.authorization])).toEqual([
      ['GET', 'Bearer cli-token'],
      ['POST', 'Bearer cli-token'],
    ]);
    expect(firstLine(run.stdout)).toBe('✗ Failure: Failed: Howspace answered 500 to the create (InternalServerError)');
    expect(run.stdout).toMatch(/^ {6}POST \/Users → 500 · [\d.]+ ms {2}\(Create the user\)\n {8}> \{$/m);
    expect(run.stdout).toContain('        < {\n            "schemas": [\n              "urn:ietf:params:scim:api:messages:2.0:ListResponse"');
    const state = await pwb(['trial', 'state', '--app', 'Howspace', '--scim-url', baseUrl, '--data-dir', dataDir]);
    expect(state.stdout).toBe(`Entra's links for Howspace → ${baseUrl}: 0\n`);
  });
});

describe('pwb trial --snapshot', () => {
  it('imports the snapshot into the workspace once and continues the story on its tenant', async () => {
    const snapshotFile = path.join(dir, 'sample.json');
    const exported = await pwb(['snapshot', 'export', '--sample', '--now', '2026-11-20T12:00:00Z', snapshotFile]);
    expect(exported.code).toBe(0);
    const ws = path.join(dir, 'ws-snapshot');
    const args = ['trial', '--snapshot', snapshotFile, '--app', 'Howspace', '--user', AMELIE, '--data-dir', ws];
    const first = await pwb(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`Imported ${snapshotFile} into the workspace: Contoso (sample), 6 app(s).\n`);
    expect(firstLine(first.stdout)).toBe('✓ Success: Would be created in Howspace with 6 attributes');
    const logsAfterFirst = await pwb(['logs', 'stats', '--by', 'status', '--format', 'json', '--data-dir', ws]);
    const second = await pwb(args);
    expect(second.code).toBe(0);
    expect(firstLine(second.stdout)).toBe('✓ Success: No change: amelie.cote@contoso.com already matches Howspace (RedundantExport, nothing sent)');
    const info = JSON.parse((await pwb(['workspace', 'info', '--json', '--data-dir', ws])).stdout) as { tenants: unknown[] };
    expect(info.tenants).toHaveLength(1);
    const logsAfterSecond = await pwb(['logs', 'stats', '--by', 'status', '--format', 'json', '--data-dir', ws]);
    const total = (text: string) => (JSON.parse(text) as Array<{ total: number }>).reduce((n, r) => n + r.total, 0);
    // The second import adds no log records; the second run adds its one trial record.
    expect(total(logsAfterSecond.stdout)).toBe(total(logsAfterFirst.stdout) + 1);
  }, 60_000);
});
