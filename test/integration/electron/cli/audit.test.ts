import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleTenant } from '../../../../sample-tenant';
import { serializeSnapshot } from '../../../../shared/snapshot/validate';
import { pwb } from './cli-harness';

let dir: string;
let snapshotFile: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-audit-'));
  snapshotFile = path.join(dir, 'sample.json');
  fs.writeFileSync(snapshotFile, serializeSnapshot(generateSampleTenant({ now: new Date('2026-11-20T12:00:00Z') })));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pwb audit', () => {
  it('exits 1 with the findings when an app has errors', async () => {
    const run = await pwb(['audit', '--snapshot', snapshotFile, '--app', 'Fabrikam Expenses (SCIM)']);
    expect(run.code).toBe(1);
    // Six from the mappings, one from the logs: the app rejected name.formatted (SchemaAttributeNotFound).
    expect(run.stdout).toContain('7 error(s)');
    expect(run.stdout).toContain('ERROR   unknown-source-attribute');
    expect(run.stdout).toMatch(/ERROR {3}target-attribute-rejected-in-logs .*name\.formatted/);
  });

  it('exits 0 for an app without errors, and prints JSON', async () => {
    const run = await pwb(['audit', '--snapshot', snapshotFile, '--app', 'Litware', '--format', 'json']);
    expect(run.code).toBe(0);
    const audit = JSON.parse(run.stdout);
    expect(audit.counts.error).toBe(0);
    expect(audit.appName).toBe('Litware HR Portal');
  });

  it('writes Markdown, CSV and HTML reports to --out', async () => {
    for (const [format, marker] of [['markdown', '# Mapping audit'], ['csv', 'severity,ruleId'], ['html', '<!doctype html>']] as const) {
      const out = path.join(dir, `r.${format}`);
      const run = await pwb(['audit', '--snapshot', snapshotFile, '--app', 'fabrikam', '--format', format, '--out', out]);
      expect(run.code).toBe(1);
      expect(fs.readFileSync(out, 'utf8')).toContain(marker);
    }
  });

  it('applies --profile', async () => {
    const run = await pwb(['audit', '--snapshot', snapshotFile, '--app', 'Litware', '--profile', 'howspace', '--format', 'json']);
    expect(JSON.parse(run.stdout).profileId).toBe('howspace');
  });

  it('audits an app from the workspace', async () => {
    const run = await pwb(['audit', '--app', 'Howspace', '--data-dir', path.join(dir, 'ws')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Mapping audit: Howspace');
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await pwb(['audit', '--snapshot', snapshotFile])).code).toBe(2);
    expect((await pwb(['audit', '--snapshot', snapshotFile, '--app', 'nope'])).code).toBe(2);
    expect((await pwb(['audit', '--snapshot', snapshotFile, '--app', 'Howspace', '--format', 'pdf'])).code).toBe(2);
    expect((await pwb(['audit', '--snapshot', snapshotFile, '--app', 'Howspace', '--profile', 'acme'])).code).toBe(2);
  });
});
