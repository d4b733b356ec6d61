import { describe, expect, it } from 'vitest';
import { classifyCsv, normalizeHeader } from '../../../../../electron/core/logs/portal-csv-columns';
import { ftsQuery } from '../../../../../electron/core/db/log-store/provisioning-log-query';

describe('portal CSV header discovery', () => {
  it('reduces labels and dotted paths to one spelling', () => {
    expect(normalizeHeader('Date (UTC)')).toBe('date');
    expect(normalizeHeader('sourceIdentity.displayName')).toBe('sourceidentitydisplayname');
    expect(normalizeHeader('Source Identity Display Name')).toBe('sourceidentitydisplayname');
  });

  it('tells the three portal files and an Azure Monitor export apart', () => {
    expect(classifyCsv(['Date (UTC)', 'Id', 'Change ID', 'Action', 'Status', 'Identity'])).toMatchObject({ kind: 'records', columns: { fields: { activityDateTime: 'Date (UTC)', provisioningAction: 'Action', sourceName: 'Identity' } } });
    expect(classifyCsv(['activityDateTime', 'id', 'changeId', 'provisioningAction', 'provisioningStatusInfo.status'])).toMatchObject({ kind: 'records' });
    expect(classifyCsv(['Change ID', 'Step', 'Provisioning Step Type', 'Status', 'Description', 'Details'])).toMatchObject({ kind: 'steps' });
    expect(classifyCsv(['Change ID', 'Display Name', 'Old Value', 'New Value'])).toMatchObject({ kind: 'properties' });
    expect(classifyCsv(['TenantId', 'TimeGenerated [UTC]', 'Id', 'ProvisioningAction', 'ResultSignature'])).toMatchObject({ kind: 'azure-monitor' });
    expect(classifyCsv(['name', 'email'])).toMatchObject({ kind: 'unknown' });
  });
});

describe('ftsQuery', () => {
  it('quotes every word as a prefix term and keeps quoted phrases', () => {
    expect(ftsQuery('conflict jane')).toBe('"conflict"* "jane"*');
    expect(ftsQuery('"already exists" 409')).toBe('"already exists" "409"*');
    expect(ftsQuery('NEAR( OR *')).toBe('"NEAR("* "OR"* "*"*');
    expect(ftsQuery('   ')).toBeNull();
  });
});
