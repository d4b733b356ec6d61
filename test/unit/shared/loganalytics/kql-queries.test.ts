import { describe, expect, it } from 'vitest';
import { extendLine, textTerms } from '../../../../shared/loganalytics/kql-filter';
import { countsQuery, historyQuery, planQuery, sliceQuery, statsQuery } from '../../../../shared/loganalytics/kql-queries';

const OUTCOMES =
  'Total = count(), Success = countif(ResultType =~ "success"), Failure = countif(ResultType =~ "failure"), Skipped = countif(ResultType =~ "skipped"), Warning = countif(ResultType =~ "warning")';
const PROJECT =
  '| project TimeGenerated, Id, AADTenantId, JobId, CycleId, ChangeId, DurationMs, ProvisioningAction, ResultType, ResultSignature, ResultDescription, ProvisioningStatusInfo, ProvisioningSteps, ModifiedProperties, InitiatedBy, ServicePrincipal, SourceIdentity, TargetIdentity, SourceSystem, TargetSystem';

describe('statsQuery', () => {
  it('counts by error code over a time range', () => {
    expect(statsQuery({ since: '2025-01-01T00:00:00Z', until: '2025-12-31T23:59:59Z' }, 'errorCode', 50)).toBe(
      [
        'AADProvisioningLogs',
        '| where TimeGenerated between (datetime(2025-01-01T00:00:00.000Z) .. datetime(2025-12-31T23:59:59.000Z))',
        '| where isnotempty(ResultSignature)',
        `| summarize ${OUTCOMES} by Key = ResultSignature`,
        '| extend Label = Key',
        '| order by Total desc, Key asc',
        '| take 50',
      ].join('\n'),
    );
  });

  it('counts by app with the app and identity filters on derived columns', () => {
    expect(statsQuery({ status: ['failure'], app: 'Howspace', identity: 'adele' }, 'app', 10)).toBe(
      [
        'AADProvisioningLogs',
        '| where ResultType in~ ("failure")',
        '| extend AppId = tostring(parse_json(ServicePrincipal).id), AppName = tostring(parse_json(ServicePrincipal).displayName), SourceId = tostring(parse_json(SourceIdentity).id), SourceName = tostring(parse_json(SourceIdentity).displayName), TargetId = tostring(parse_json(TargetIdentity).id), TargetName = tostring(parse_json(TargetIdentity).displayName)',
        '| where AppId == "Howspace" or AppName contains "Howspace"',
        '| where SourceId == "adele" or TargetId == "adele" or SourceName contains "adele" or TargetName contains "adele"',
        `| summarize ${OUTCOMES}, Label = max(AppName) by Key = AppId`,
        '| order by Total desc, Key asc',
        '| take 10',
      ].join('\n'),
    );
  });

  it('counts by day, cycle and top failing identities', () => {
    expect(statsQuery({}, 'day', 400).split('\n').slice(1)).toEqual([`| summarize ${OUTCOMES} by Key = bin(TimeGenerated, 1d)`, '| extend Label = Key', '| order by Key asc', '| take 400']);
    expect(statsQuery({}, 'cycle', 5).split('\n').slice(1)).toEqual([
      '| extend AppName = tostring(parse_json(ServicePrincipal).displayName)',
      '| where isnotempty(CycleId)',
      `| summarize ${OUTCOMES}, Label = max(AppName), Last = max(TimeGenerated) by Key = CycleId`,
      '| order by Last desc, Key asc',
      '| take 5',
    ]);
    expect(statsQuery({}, 'identity', 20).split('\n').slice(2)).toEqual([
      `| summarize ${OUTCOMES}, Label = max(coalesce(SourceName, TargetName)) by Key = coalesce(SourceId, TargetId)`,
      '| order by Failure desc, Total desc, Key asc',
      '| take 20',
    ]);
    expect(statsQuery({}, 'status', 5).split('\n')[1]).toBe(`| summarize ${OUTCOMES} by Key = tolower(ResultType)`);
    expect(statsQuery({}, 'action', 5).split('\n')[1]).toBe(`| summarize ${OUTCOMES} by Key = tolower(ProvisioningAction)`);
  });

  it('puts every stored-column filter before the extend, escaped', () => {
    expect(
      countsQuery({ since: '2026-01-01T00:00:00Z', action: ['create', 'update'], jobId: 'job"1', cycleId: 'c1', changeId: 'ch1', errorCode: 'SystemForCrossDomainIdentityManagementBadResponse', text: 'quota "bad response"' }),
    ).toBe(
      [
        'AADProvisioningLogs',
        '| where TimeGenerated >= datetime(2026-01-01T00:00:00.000Z)',
        '| where ProvisioningAction in~ ("create", "update")',
        '| where JobId == "job\\"1"',
        '| where CycleId == "c1"',
        '| where ChangeId == "ch1"',
        '| where ResultSignature == "SystemForCrossDomainIdentityManagementBadResponse"',
        '| where SourceIdentity contains "quota" or TargetIdentity contains "quota" or ResultSignature contains "quota" or ResultDescription contains "quota" or ProvisioningStatusInfo contains "quota" or ProvisioningSteps contains "quota" or ChangeId == "quota" or Id == "quota"',
        '| where SourceIdentity contains "bad response" or TargetIdentity contains "bad response" or ResultSignature contains "bad response" or ResultDescription contains "bad response" or ProvisioningStatusInfo contains "bad response" or ProvisioningSteps contains "bad response" or ChangeId == "bad response" or Id == "bad response"',
        `| summarize ${OUTCOMES}`,
      ].join('\n'),
    );
  });

  it('matches nothing for trial-sync records and filters systems and initiator by name', () => {
    expect(countsQuery({ until: '2026-02-01T00:00:00Z', origin: 'trial', sourceSystem: 'Azure AD', targetSystem: 'Howspace', initiatedBy: 'Azure AD Provisioning Service' })).toBe(
      [
        'AADProvisioningLogs',
        '| where TimeGenerated <= datetime(2026-02-01T00:00:00.000Z)',
        '| where false',
        '| extend SourceSystemName = tostring(parse_json(SourceSystem).displayName), TargetSystemName = tostring(parse_json(TargetSystem).displayName), InitiatedByName = tostring(parse_json(InitiatedBy).displayName)',
        '| where SourceSystemName contains "Azure AD"',
        '| where TargetSystemName contains "Howspace"',
        '| where InitiatedByName contains "Azure AD Provisioning Service"',
        `| summarize ${OUTCOMES}`,
      ].join('\n'),
    );
  });
});

describe('row queries', () => {
  it('reads one identity history newest first', () => {
    expect(historyQuery({}, 'user-1', 100)).toBe(
      [
        'AADProvisioningLogs',
        '| extend SourceId = tostring(parse_json(SourceIdentity).id), TargetId = tostring(parse_json(TargetIdentity).id)',
        '| where SourceId == "user-1" or TargetId == "user-1"',
        PROJECT,
        '| order by TimeGenerated desc, Id asc',
        '| take 100',
      ].join('\n'),
    );
  });

  it('plans and reads a pull window by window, the window before the derived filters', () => {
    const window = { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' };
    expect(planQuery({ errorCode: 'E1' }, '1h')).toBe(['AADProvisioningLogs', '| where ResultSignature == "E1"', '| summarize Count = count() by Bin = bin(TimeGenerated, 1h)', '| order by Bin asc'].join('\n'));
    expect(sliceQuery({ app: 'a' }, window)).toBe(
      [
        'AADProvisioningLogs',
        '| where TimeGenerated >= datetime(2026-01-01T00:00:00.000Z) and TimeGenerated < datetime(2026-01-02T00:00:00.000Z)',
        '| extend AppId = tostring(parse_json(ServicePrincipal).id), AppName = tostring(parse_json(ServicePrincipal).displayName)',
        '| where AppId == "a" or AppName contains "a"',
        PROJECT,
        '| order by TimeGenerated asc, Id asc',
      ].join('\n'),
    );
  });
});

describe('filter parts', () => {
  it('splits free text into words and quoted phrases', () => {
    expect(textTerms('  quota "bad  response" x"y ')).toEqual(['quota', 'bad  response', 'x"y']);
    expect(textTerms('   ')).toEqual([]);
  });

  it('extends only the derived columns a query uses, in a fixed order', () => {
    expect(extendLine(new Set())).toEqual([]);
    expect(extendLine(new Set(['TargetName', 'AppId'] as const))).toEqual(['| extend AppId = tostring(parse_json(ServicePrincipal).id), TargetName = tostring(parse_json(TargetIdentity).displayName)']);
  });
});
