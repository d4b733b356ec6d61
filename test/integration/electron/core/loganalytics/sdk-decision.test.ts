import { LogsQueryClient } from '@azure/monitor-query-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../../../../fakes/loganalytics/fake-log-analytics';

/**
 * Why the core uses its own small fetch client rather than the SDK's LogsQueryClient (README, Log
 * Analytics): measured here, the SDK cannot reach the loopback fake at all. Should this test start
 * failing, the SDK has lifted the restriction and the decision can be revisited.
 */
let fake: FakeLogAnalytics;
beforeAll(async () => {
  fake = new FakeLogAnalytics({ workspaces: { '11111111-2222-3333-4444-555555555555': [] } });
  await fake.start();
});
afterAll(() => fake.stop());

describe('@azure/monitor-query-logs against the local fake', () => {
  it('refuses to send a bearer token to a plain-http endpoint, even with allowInsecureConnection', async () => {
    const credential = { getToken: async () => ({ token: FAKE_LA_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }) };
    for (const options of [{ endpoint: `${fake.url}/v1` }, { endpoint: `${fake.url}/v1`, allowInsecureConnection: true }]) {
      const client = new LogsQueryClient(credential, options);
      await expect(client.queryWorkspace('11111111-2222-3333-4444-555555555555', 'AADProvisioningLogs | count', { duration: 'P1D' })).rejects.toThrow(
        'Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.',
      );
    }
    expect(fake.requests).toHaveLength(0);
  });
});
