import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisioningObjectSummary } from '../../../../shared/graph/provisioning-log';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../../../fakes/loganalytics/fake-log-analytics';

const WS = '11111111-2222-3333-4444-555555555555';
const OTHER = '99999999-2222-3333-4444-555555555555';
const NOW = Date.parse('2026-03-10T12:00:00Z');

function record(i: number, status: 'success' | 'failure' | 'skipped', code: string | null, at: string, app = 'Howspace'): ProvisioningObjectSummary {
  return {
    id: `r${i}`,
    activityDateTime: at,
    tenantId: 't1',
    jobId: 'job1',
    cycleId: `c${i % 2}`,
    changeId: `ch${i}`,
    durationInMilliseconds: 100 + i,
    provisioningAction: i % 2 === 0 ? 'create' : 'update',
    provisioningStatusInfo: { status, ...(code ? { errorInformation: { errorCode: code, reason: `reason ${i}` } } : {}) },
    provisioningSteps: [],
    modifiedProperties: [],
    servicePrincipal: { id: `sp-${app}`, displayName: app },
    sourceIdentity: { id: `u${i % 3}`, displayName: `User "${i % 3}"`, identityType: 'User' },
    targetIdentity: { id: '', displayName: '', identityType: 'User' },
    sourceSystem: { id: 's', displayName: 'Azure Active Directory' },
    targetSystem: { id: 't', displayName: app },
    initiatedBy: { id: 'i', displayName: 'Azure AD Provisioning Service' },
  } as unknown as ProvisioningObjectSummary;
}

const RECORDS = [
  record(1, 'success', null, '2026-03-01T10:00:00Z'),
  record(2, 'failure', 'Conflict', '2026-03-01T11:00:00Z'),
  record(3, 'failure', 'Conflict', '2026-03-02T09:30:00Z', 'OfficeSpace'),
  record(4, 'failure', 'Timeout', '2026-03-05T00:00:00Z'),
  record(5, 'skipped', null, '2026-03-09T23:59:59Z', 'OfficeSpace'),
];

let fake: FakeLogAnalytics;
beforeAll(async () => {
  fake = new FakeLogAnalytics({ workspaces: { [WS]: RECORDS, [OTHER]: [] }, tokens: { [FAKE_LA_TOKEN]: [WS], reader: '*' }, now: () => NOW, requestsPer30s: 1000 });
  await fake.start();
});
afterAll(() => fake.stop());

async function post(query: string, options: { token?: string; workspace?: string; timespan?: string } = {}) {
  const response = await fetch(`${fake.url}/v1/workspaces/${options.workspace ?? WS}/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? FAKE_LA_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(options.timespan ? { timespan: options.timespan } : {}) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { tables?: Array<{ columns: Array<{ name: string; type: string }>; rows: unknown[][] }>; error?: { code: string; message: string; details?: unknown[]; innererror?: { code: string; message: string } } } };
}

describe('the fake Log Analytics query API', () => {
  it('answers tables of typed columns and array rows, evaluating the query over its rows', async () => {
    const { status, body } = await post('AADProvisioningLogs\n| where ResultType =~ "failure"\n| summarize Total = count(), Last = max(TimeGenerated) by Key = ResultSignature\n| order by Total desc, Key asc');
    expect(status).toBe(200);
    expect(body.tables).toEqual([
      {
        name: 'PrimaryResult',
        columns: [
          { name: 'Key', type: 'string' },
          { name: 'Total', type: 'long' },
          { name: 'Last', type: 'datetime' },
        ],
        rows: [
          ['Conflict', 2, '2026-03-02T09:30:00Z'],
          ['Timeout', 1, '2026-03-05T00:00:00Z'],
        ],
      },
    ]);
  });

  it('reads the JSON-string columns with parse_json, bins days and compares case as KQL does', async () => {
    const { body } = await post(
      'AADProvisioningLogs | extend AppName = tostring(parse_json(ServicePrincipal).displayName) | where AppName contains "office" and ProvisioningAction in~ ("UPDATE", "create") | summarize n = count() by Day = bin(TimeGenerated, 1d) | order by Day asc',
    );
    expect(body.tables![0]!.rows).toEqual([
      ['2026-03-02T00:00:00Z', 1],
      ['2026-03-09T00:00:00Z', 1],
    ]);
    const exact = await post('AADProvisioningLogs | where ResultType == "failure" | count');
    expect(exact.body.tables![0]!.rows).toEqual([[0]]);
    // The nested columns are JSON text: a quoted id is found with its quotes escaped in the literal.
    const escaped = await post('AADProvisioningLogs | where ResultDescription == "reason 4" or SourceIdentity contains "\\"u2\\"" | project Id | order by Id asc');
    expect(escaped.body.tables![0]!.rows).toEqual([['r2'], ['r4'], ['r5']]);
  });

  it('applies the timespan and between, ago and take', async () => {
    const { body } = await post('AADProvisioningLogs | where TimeGenerated between (datetime(2026-03-01T00:00:00Z) .. datetime(2026-03-05T00:00:00Z)) | project Id | order by Id asc | take 10', { timespan: '2026-03-01T10:30:00Z/2026-03-09T00:00:00Z' });
    expect(body.tables![0]!.rows).toEqual([['r2'], ['r3'], ['r4']]);
    const recent = await post('AADProvisioningLogs | where TimeGenerated > ago(2d) | project Id');
    expect(recent.body.tables![0]!.rows).toEqual([['r5']]);
    const lastDay = await post('AADProvisioningLogs | project Id', { timespan: 'P1D' });
    expect(lastDay.body.tables![0]!.rows).toEqual([['r5']]);
  });

  it('refuses a query it cannot parse, or a column that does not exist, with a 400 as the service does', async () => {
    const syntax = await post('AADProvisioningLogs | where (ResultType == "x"');
    expect(syntax.status).toBe(400);
    expect(syntax.body.error).toMatchObject({ code: 'BadArgumentError', innererror: { code: 'SyntaxError' } });
    const column = await post('AADProvisioningLogs | where Nope == "x"');
    expect(column.body.error).toMatchObject({ code: 'BadArgumentError', innererror: { code: 'SemanticError', message: "'Nope' operator: Failed to resolve scalar expression named 'Nope'" } });
    const table = await post('SigninLogs | take 1');
    expect(table.body.error?.innererror?.message).toBe("Failed to resolve table or column expression named 'SigninLogs'");
  });

  it('answers 401 for a bad token, 403 without access, 404 for an unknown workspace', async () => {
    expect((await post('AADProvisioningLogs | count', { token: 'forged' })).body.error?.code).toBe('AuthorizationRequiredError');
    expect((await post('AADProvisioningLogs | count', { token: 'forged' })).status).toBe(401);
    const forbidden = await post('AADProvisioningLogs | count', { workspace: OTHER });
    expect([forbidden.status, forbidden.body.error?.code]).toEqual([403, 'InsufficientAccessError']);
    const missing = await post('AADProvisioningLogs | count', { token: 'reader', workspace: '00000000-0000-0000-0000-000000000000' });
    expect([missing.status, missing.body.error?.code]).toEqual([404, 'WorkspaceNotFoundError']);
  });

  it('throttles with 429 and Retry-After', async () => {
    fake.behaviour.throttleNext = 1;
    fake.behaviour.retryAfterSeconds = 7;
    const throttled = await post('AADProvisioningLogs | count');
    expect([throttled.status, throttled.headers.get('retry-after'), throttled.body.error?.code]).toEqual([429, '7', 'ThrottledError']);
    expect((await post('AADProvisioningLogs | count')).status).toBe(200);
    fake.behaviour.unavailableNext = 1;
    const busy = await post('AADProvisioningLogs | count');
    expect([busy.status, busy.headers.get('retry-after'), busy.body.error?.code]).toEqual([503, '7', 'ServiceUnavailableError']);
  });

  it('answers partial tables with a PartialError when a shard fails or a limit is passed', async () => {
    fake.behaviour.partialNext = 1;
    const partial = await post('AADProvisioningLogs | count');
    expect(partial.status).toBe(200);
    expect(partial.body.tables![0]!.rows).toEqual([[4]]);
    expect(partial.body.error).toMatchObject({ code: 'PartialError', details: [{ code: 'ShardFailure' }] });
    const small = new FakeLogAnalytics({ workspaces: { [WS]: RECORDS }, maxRows: 2 });
    await small.start();
    try {
      const response = await fetch(`${small.url}/v1/workspaces/${WS}/query`, { method: 'POST', headers: { authorization: `Bearer ${FAKE_LA_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ query: 'AADProvisioningLogs | project Id' }) });
      const body = (await response.json()) as { tables: Array<{ rows: unknown[] }>; error: { code: string; details: Array<{ message: string }> } };
      expect(body.tables[0]!.rows).toHaveLength(2);
      expect(body.error.details[0]!.message).toBe('Query result set has exceeded the internal record count limit 2 records.');
    } finally {
      await small.stop();
    }
  });
});
