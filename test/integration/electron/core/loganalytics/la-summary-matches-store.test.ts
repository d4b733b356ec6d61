import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaQueryClient } from '../../../../../electron/core/loganalytics/la-client';
import { staticCredential } from '../../../../../electron/core/loganalytics/la-credential';
import { laSummary } from '../../../../../electron/core/loganalytics/la-summary';
import { LogsService } from '../../../../../electron/core/logs/logs-service';
import type { LogStatsRow } from '../../../../../shared/logs/log-dto';
import type { LogFilter, LogStatsDimension } from '../../../../../shared/logs/log-filter';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../../../../fakes/loganalytics/fake-log-analytics';
import { tempWorkspace } from '../workspace-fixture';
import { WORKSPACE_ID, writeJsonFile, YEAR, yearOfRecords } from './la-fixture';

const records = yearOfRecords();
let fake: FakeLogAnalytics;
let store: ReturnType<typeof tempWorkspace>;
let logs: LogsService;
let client: LaQueryClient;

beforeAll(async () => {
  fake = new FakeLogAnalytics({ workspaces: { [WORKSPACE_ID]: records } });
  const endpoint = await fake.start();
  client = new LaQueryClient({ endpoint, scope: 'https://api.loganalytics.io/.default', credential: staticCredential(FAKE_LA_TOKEN) });
  store = tempWorkspace();
  logs = new LogsService(store.workspace);
  const summary = await logs.importFiles([writeJsonFile(store.dir, records)]);
  expect(summary).toMatchObject({ added: records.length, rejected: 0 });
});
afterAll(async () => {
  await fake.stop();
  store.dispose();
});

const byKey = (rows: LogStatsRow[]) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));

async function compare(filter: LogFilter, by: LogStatsDimension) {
  const remote = await laSummary(client, WORKSPACE_ID, filter, by, 1000);
  const local = logs.reads.stats(filter, by, 1000);
  expect(remote.partial).toBeNull();
  expect(byKey(remote.rows)).toEqual(byKey(local));
  expect(remote.counts).toEqual(logs.reads.counts(filter));
  return remote;
}

describe('a year summarised in the workspace equals the local store for the same records', () => {
  it('by error code over the whole year', async () => {
    expect(records.length).toBeGreaterThan(20_000);
    const remote = await compare(YEAR, 'errorCode');
    expect(remote.rows.length).toBeGreaterThan(3);
    expect(remote.rows.some((row) => row.key?.endsWith('Old'))).toBe(true);
  });

  it.each(['status', 'action', 'app', 'day', 'cycle', 'identity'] as const)('by %s', async (by) => {
    await compare(YEAR, by);
  });

  it('with the viewer filters: failures of one app, an app name and a time window', async () => {
    const app = logs.reads.apps()[0]!;
    await compare({ ...YEAR, status: ['failure'], app: app.id }, 'errorCode');
    await compare({ since: '2026-06-01T00:00:00Z', until: '2026-08-31T23:59:59Z', action: ['create', 'update'] }, 'day');
    await compare({ ...YEAR, app: app.name!.slice(1, 6).toLowerCase() }, 'status');
  });
});
