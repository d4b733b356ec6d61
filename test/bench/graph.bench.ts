import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkspaceDb } from '../../electron/core/db/workspace-db';
import { createGraphClient } from '../../electron/core/graph/graph-client';
import { refreshTenant } from '../../electron/core/tenant/refresh-tenant';
import { FAKE_GRAPH_TOKEN, startFakeGraph } from '../fakes/graph/fake-graph';
import { BENCH_TENANT, largeTenantSnapshot } from '../fakes/graph/large-tenant';
import type { Figure } from './measure';

const LATENCY_MS = 20;
const CONCURRENCY = 8;
/** Graph's identity-and-access budget for a large tenant: 8,000 resource units per 10 s per app and tenant (graph-facts §2.13). */
const RESOURCE_UNITS_PER_10S = 8000;

/**
 * Reads a fake tenant of 10,000 users, 2,000 groups and 300 service principals (20 with
 * provisioning) into a fresh workspace through the fake Graph with 20 ms latency per request.
 */
export async function graphBench(): Promise<Figure[]> {
  const snapshot = largeTenantSnapshot();
  const graph = await startFakeGraph({ snapshot, latencyMs: LATENCY_MS });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-graph-'));
  const workspace = WorkspaceDb.open(path.join(dir, 'workspace.sqlite'));
  try {
    const client = createGraphClient({ baseUrl: `${graph.url}/v1.0`, getAccessToken: async () => FAKE_GRAPH_TOKEN, maxConcurrency: CONCURRENCY });
    const started = performance.now();
    const result = await refreshTenant(workspace, client);
    const ms = performance.now() - started;
    const requests = graph.requests.length;
    // Resource-unit cost per Graph's table: 1 per request, 3 for group members (a generous upper bound: $select would lower it).
    const units = graph.requests.reduce((sum, request) => sum + (/\/members/.test(request.path) ? 3 : 1), 0);
    const unitsPer10s = (units / ms) * 10_000;
    if (result.apps !== BENCH_TENANT.withProvisioning) throw new Error(`read ${result.apps} apps, expected ${BENCH_TENANT.withProvisioning}`);
    return [
      { name: `Read 10k users/2k groups/300 apps (20 ms latency, ${CONCURRENCY} in flight)`, value: ms, unit: 'ms', max: 30_000 },
      { name: 'Graph requests for that read', value: requests, unit: 'requests' },
      { name: 'Pages read per second', value: requests / (ms / 1000), unit: 'pages/s' },
      { name: 'Resource units per 10 s (Graph allows 8,000 for a large tenant)', value: unitsPer10s, unit: 'RU', max: RESOURCE_UNITS_PER_10S },
      { name: 'Users and groups written to the workspace', value: result.users + result.groups, unit: 'objects' },
    ];
  } finally {
    workspace.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await graph.close();
  }
}
