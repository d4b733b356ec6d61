import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHttpTransport } from '../../electron/core/sync/http-transport';
import { generateSampleTenant } from '../../sample-tenant';
import { runForecast, type ForecastInput } from '../../shared/sync/forecast';
import { emptyTargetTransport } from '../../shared/sync/forecast-empty-target';
import type { SourceDirectory } from '../../shared/sync';
import { forecastTenant } from './forecast-tenant';
import type { Figure } from './measure';
import { serveScim } from './scim-serve';

const USERS = 100_000;
const HTTP_USERS = 10_000;
const IN_FLIGHT = 10;
const TOKEN = 'bench-token-forecast-0123456789abcdef0123456789';

/**
 * The first-cycle forecast of a synthetic 100,000-user tenant (the sample's OfficeSpace mappings:
 * 13 attributes, a manager chain, ten assigned groups, some nulls and duplicates) against an empty
 * target in memory; then 10,000 of them against the local SCIM endpoint over HTTP, 10 in flight.
 */
export async function forecastBench(): Promise<Figure[]> {
  const sample = generateSampleTenant({ now: new Date() });
  const sp = sample.servicePrincipals.find((s) => s.displayName === 'OfficeSpace Software')!;
  const job = sp.synchronization.jobs[0]!;
  let ids = 0;
  const input = (directory: SourceDirectory, transport: ForecastInput['transport'], dryRun: boolean): ForecastInput => ({
    app: { id: sp.id, appId: sp.appId, displayName: sp.displayName! },
    job,
    directory,
    transport,
    target: { kind: 'url', baseUrl: transport.baseUrl, profileId: null, name: 'bench', targetKind: dryRun ? 'url' : 'empty' },
    options: { dialect: 'default', dryRun, now: new Date(), newId: () => `bench-${++ids}`, concurrency: dryRun ? IN_FLIGHT : 1, clock: () => performance.now() },
  });

  const big = forecastTenant(sp, USERS);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const empty = await runForecast({ ...input(big, emptyTargetTransport(), false), options: { ...input(big, emptyTargetTransport(), false).options, onProgress: () => new Promise<void>((r) => setImmediate(r)), progressEvery: 2000 } });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const heapDelta = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const totals = empty.result.totals;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-forecast-'));
  const server = await serveScim(path.join(dir, 'scim.sqlite'), TOKEN, ['--profile', 'officespace']);
  let perSecond = 0;
  try {
    const small = forecastTenant(sp, HTTP_USERS);
    const transport = createHttpTransport({ baseUrl: server.tenantUrl, token: TOKEN, timeoutMs: 30_000 });
    const httpStarted = performance.now();
    const http = await runForecast(input(small, transport, true));
    const users = http.result.rows.filter((r) => r.kind === 'User').length;
    perSecond = users / ((performance.now() - httpStarted) / 1000);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    { name: `forecast, ${USERS.toLocaleString('en-US')} users + 10 groups, empty target: time`, value: seconds, unit: 's', max: 10 },
    { name: `  peak RSS of the process (heap grew ${Math.round(heapDelta)} MB)`, value: Math.round(peakRss / 2 ** 20), unit: 'MB', max: 1024 },
    { name: `  ${totals.byAction.create} creates, ${totals.byLogStatus.Failure} failures, ${totals.requests} requests`, value: totals.objects, unit: 'objects' },
    { name: `forecast over HTTP (local endpoint, dry run, ${IN_FLIGHT} in flight)`, value: Math.round(perSecond), unit: 'users/s' },
  ];
}
