import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, TOKEN, type ScimClient } from '../core/scim/scim-fixture';
import { pwb } from './cli-harness';

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-forecast-'));
  dataDir = path.join(dir, 'ws');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pwb forecast on the sample tenant', () => {
  it('Fabrikam Expenses: exit 1, the MandatoryFieldsMissing users and the quarantine verdict in text', async () => {
    const run = await pwb(['forecast', '--app', 'Fabrikam Expenses (SCIM)', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^First-cycle forecast for Fabrikam Expenses \(SCIM\) against An empty SCIM service/);
    expect(run.stdout).toMatch(/Failure\s+User\s+create\s+\S+@contoso\.com {2}\[MandatoryFieldsMissing\]/);
    expect(run.stdout).toContain('Quarantine: Not quarantined');
    expect(run.stdout).toContain('NestedGroupOnly');
  });

  it('Howspace: exit 0; csv lists every object; --out writes the file; html is a page', async () => {
    const csv = await pwb(['forecast', '--app', 'Howspace', '--format', 'csv', '--data-dir', dataDir]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('kind,id,reportable,displayName,assignedVia,action,logStatus,errorCode,matchingAttribute,matchingValue,findings,referenceFailures,verdict');
    expect(lines.length).toBeGreaterThan(20);
    const out = path.join(dir, 'forecast.html');
    const html = await pwb(['forecast', '--app', 'Howspace', '--format', 'html', '--out', out, '--data-dir', dataDir]);
    expect(html.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('--local queries the app\'s local endpoint with GETs only; json carries rows', async () => {
    const run = await pwb(['forecast', '--app', 'Howspace', '--local', '--format', 'json', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { dryRun: boolean; target: { targetKind: string }; rows: unknown[] };
    expect(json).toMatchObject({ dryRun: true, target: { targetKind: 'local' } });
    expect(json.rows.length).toBeGreaterThan(20);
  });
});

describe('pwb scim check', () => {
  let endpoint: ScimClient | null = null;
  afterEach(async () => {
    await endpoint?.close();
    endpoint = null;
  });

  it('passes against the local endpoint, GET only; --write without --yes is refused', async () => {
    endpoint = await startTestEndpoint('howspace');
    const run = await pwb(['scim', 'check', '--scim-url', endpoint.server.tenantUrl, '--token', TOKEN, '--app', 'Howspace', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Test Connection would PASS/);
    expect(run.stdout).not.toContain(TOKEN);
    const refused = await pwb(['scim', 'check', '--scim-url', endpoint.server.tenantUrl, '--token', TOKEN, '--write']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/add --yes/);
    const wrote = await pwb(['scim', 'check', '--scim-url', endpoint.server.tenantUrl, '--token', TOKEN, '--app', 'Howspace', '--data-dir', dataDir, '--write', '--yes', '--format', 'json']);
    expect(wrote.code).toBe(0);
    expect(JSON.parse(wrote.stdout).wrote).toBe(true);
  });

  it('exit 1 when Test Connection would fail (wrong token)', async () => {
    endpoint = await startTestEndpoint('generic');
    const run = await pwb(['scim', 'check', '--scim-url', endpoint.server.tenantUrl, '--token', 'wrong']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Test Connection would FAIL/);
  });
});
