import { describe, expect, it } from 'vitest';
import { sourceDirectoryOf } from '../../../../../shared/sync';
import { runForecast } from '../../../../../shared/sync/forecast';
import { emptyTargetTransport } from '../../../../../shared/sync/forecast-empty-target';
import { sample, SAMPLE_NOW } from '../workspace-fixture';
import { sampleApp } from './trial-fixture';

async function forecastOf(name: string) {
  const app = sampleApp(name);
  const transport = emptyTargetTransport();
  let ids = 0;
  return (
    await runForecast({
      app: { id: app.sp.id, appId: app.sp.appId, displayName: name },
      job: app.job,
      directory: sourceDirectoryOf(app.sp, sample()),
      transport,
      target: { kind: 'url', baseUrl: transport.baseUrl, profileId: null, name: 'empty', targetKind: 'empty' },
      options: { dialect: 'default', dryRun: false, now: SAMPLE_NOW, newId: () => `f-${++ids}` },
    })
  ).result;
}

describe('the forecast on the sample tenant (issue 16 bars)', () => {
  it('Fabrikam Expenses: every in-scope user whose userName (← mail) is null fails with MandatoryFieldsMissing (no matching attribute, so not ImportSkipped)', async () => {
    const result = await forecastOf('Fabrikam Expenses (SCIM)');
    const users = sample().users;
    const inScopeNullMail = result.rows.filter((r) => r.kind === 'User' && r.status !== 'skipped' && users.find((u) => u.id === r.id)!.mail == null);
    expect(inScopeNullMail.length).toBeGreaterThan(0);
    for (const row of inScopeNullMail) expect(row).toMatchObject({ status: 'failure', errorCode: 'MandatoryFieldsMissing' });
    const failed = result.rows.filter((r) => r.status === 'failure');
    expect(failed.map((r) => r.id).sort()).toEqual(inScopeNullMail.map((r) => r.id).sort());
    expect(result.notes.some((n) => /no matching attribute/.test(n) && /MandatoryFieldsMissing rather than ImportSkipped/.test(n))).toBe(true);
    expect(result.quarantine.message).toMatch(/far below/);
  });

  it('Fabrikam Expenses: every nested-group-only user is reported as not provisioned', async () => {
    const result = await forecastOf('Fabrikam Expenses (SCIM)');
    const nested = result.rows.filter((r) => r.assignedVia.startsWith('nested via'));
    expect(nested.length).toBeGreaterThan(0);
    for (const row of nested) {
      expect(row).toMatchObject({ status: 'skipped', action: 'other' });
      expect(row.findings.map((f) => f.code)).toContain('NestedGroupOnly');
    }
    expect(result.notes.some((n) => n.startsWith(`${nested.length} users are members of an assigned group only through a nested group`))).toBe(true);
  });

  it.each(['Howspace', 'OfficeRnD Workplace', 'OfficeSpace Software'])('%s forecasts no failure', async (name) => {
    const result = await forecastOf(name);
    expect(result.rows.filter((r) => r.status === 'failure').map((r) => `${r.reportable}: ${r.errorCode}`)).toEqual([]);
    expect(result.totals.byAction.create).toBeGreaterThan(0);
  });
});
