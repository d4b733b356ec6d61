import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { ForecastRowFilter, ForecastSummary, ForecastTarget } from '../../../shared/ipc/contracts/forecast';
import { vendorProfileOf } from '../../../shared/vendors';
import type { ServicePrincipalSnapshot, SnapshotJob } from '../../../shared/snapshot/schema';
import { sourceDirectoryOf, type Dialect, type SourceDirectory, type TrialRun } from '../../../shared/sync';
import { forecastObjectRun, runForecast, type ForecastInput, type ForecastOutcome } from '../../../shared/sync/forecast';
import { emptyTargetTransport } from '../../../shared/sync/forecast-empty-target';
import type { ForecastProgress, ForecastRow } from '../../../shared/sync/forecast-types';
import type { ScimCheckReport } from '../../../shared/sync/scim-check';
import { scimCheckOptionsOf } from '../../../shared/sync/scim-check-options';
import type { WorkspaceDb } from '../db/workspace-db';
import { exportSnapshot } from '../workspace/export-snapshot';
import { createHttpTransport, normalizeTenantUrl } from './http-transport';
import type { LocalTargets } from './local-targets';
import { checkScimEndpoint } from './scim-check';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
/** Forecasts kept for paging and drill-down (each holds its rows and Entra's state in memory). */
const KEEP = 4;
/** Requests in flight against an HTTP target (the gallery checklist asks vendors for ≥ 25 requests/s). */
const HTTP_CONCURRENCY = 10;

export interface ForecastRequest {
  tenantId: string;
  appId: string;
  target: ForecastTarget;
  dialect?: Dialect;
  legacyDefaultAccess?: boolean;
  taskId?: string;
  onProgress?: (progress: ForecastProgress) => void;
}

interface Kept {
  key: string;
  input: ForecastInput;
  outcome: ForecastOutcome;
}

const summaryOf = (outcome: ForecastOutcome): ForecastSummary => {
  const { rows: _rows, ...summary } = outcome.result;
  return summary;
};

function matches(row: ForecastRow, filter: ForecastRowFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kind && row.kind !== filter.kind) return false;
  if (filter.logStatus && row.logStatus !== filter.logStatus) return false;
  if (filter.action && row.action !== filter.action) return false;
  if (filter.code && row.errorCode !== filter.code && !row.findings.some((f) => f.code === filter.code)) return false;
  const needle = filter.search?.trim().toLowerCase();
  if (needle && !row.displayName.toLowerCase().includes(needle) && !row.reportable.toLowerCase().includes(needle) && row.id.toLowerCase() !== needle) return false;
  return true;
}

/** Before rollout: the first cycle's forecast for an app over the workspace, kept in memory for paging and drill-down. */
export class ForecastService {
  private readonly kept: Kept[] = [];
  private readonly running = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly workspace: WorkspaceDb,
    private readonly targets: LocalTargets,
    private readonly now: () => Date,
  ) {}

  private app(tenantId: string, appId: string): { sp: ServicePrincipalSnapshot; job: SnapshotJob; directory: SourceDirectory; profileId: string } {
    const row = this.workspace.apps.get(tenantId, appId);
    if (!row) throw new AppError('NOT_FOUND', `There is no app ${appId} in this tenant. Refresh the app list.`);
    const snapshot = exportSnapshot(this.workspace, tenantId, appId, this.now());
    const sp = snapshot.servicePrincipals[0]!;
    const job = sp.synchronization.jobs[0];
    if (!job) throw new AppError('NOT_FOUND', `${sp.displayName ?? appId} has no provisioning job, so there is no cycle to forecast.`);
    return { sp, job, directory: sourceDirectoryOf(sp, snapshot), profileId: vendorProfileOf(job.templateId, sp.displayName) ?? 'generic' };
  }

  private async target(request: ForecastRequest, profileId: string): Promise<Pick<ForecastInput, 'transport' | 'target'> & { dryRun: boolean }> {
    const target = request.target;
    if (target.kind === 'empty') {
      const transport = emptyTargetTransport();
      return { transport, dryRun: false, target: { kind: 'url', baseUrl: transport.baseUrl, profileId: null, name: 'An empty SCIM service (in memory)', targetKind: 'empty' } };
    }
    if (target.kind === 'local') {
      const profile = target.profileId ?? profileId;
      const local = await this.targets.get(request.tenantId, request.appId, profile);
      return {
        transport: createHttpTransport({ baseUrl: local.tenantUrl, token: local.token, timeoutMs: 10_000 }),
        dryRun: true,
        target: { kind: 'local', baseUrl: local.tenantUrl, profileId: local.profileId, name: `Local SCIM endpoint (${local.profileId})`, targetKind: 'local' },
      };
    }
    const url = new URL(target.baseUrl);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
      throw new AppError('BAD_REQUEST', `The SCIM URL must use https (plain http is allowed only on this machine, 127.0.0.1): ${url.protocol}//${url.host} would send the token unencrypted.`);
    }
    return {
      transport: createHttpTransport({ baseUrl: target.baseUrl, token: target.token }),
      dryRun: true,
      target: { kind: 'url', baseUrl: normalizeTenantUrl(target.baseUrl), profileId: null, name: `${url.host} (GETs only)`, targetKind: 'url' },
    };
  }

  /** Runs the forecast (a local endpoint or a URL is queried with GETs only); yields to the event loop between batches so progress and Cancel get through. */
  async run(request: ForecastRequest): Promise<ForecastOutcome> {
    const app = this.app(request.tenantId, request.appId);
    const { transport, target, dryRun } = await this.target(request, app.profileId);
    const flag = { cancelled: false };
    if (request.taskId) this.running.set(request.taskId, flag);
    const input: ForecastInput = {
      app: { id: app.sp.id, appId: app.sp.appId, displayName: app.sp.displayName ?? app.sp.id },
      job: app.job,
      directory: app.directory,
      transport,
      target,
      options: {
        dialect: request.dialect ?? 'default',
        dryRun,
        now: this.now(),
        newId: randomUUID,
        legacyDefaultAccess: request.legacyDefaultAccess ?? false,
        concurrency: target.targetKind === 'empty' ? 1 : HTTP_CONCURRENCY,
        clock: () => performance.now(),
        isCancelled: () => flag.cancelled,
        progressEvery: target.targetKind === 'empty' ? 500 : 50,
        onProgress: async (p) => {
          request.onProgress?.(p);
          await new Promise<void>((resolve) => setImmediate(resolve));
        },
      },
    };
    try {
      const outcome = await runForecast(input);
      const key = `${request.tenantId}\u0000${request.appId}`;
      this.kept.unshift({ key, input, outcome });
      this.kept.splice(KEEP);
      return outcome;
    } finally {
      if (request.taskId) this.running.delete(request.taskId);
    }
  }

  async runSummary(request: ForecastRequest): Promise<ForecastSummary> {
    return summaryOf(await this.run(request));
  }

  cancel(taskId: string): boolean {
    const flag = this.running.get(taskId);
    if (flag) flag.cancelled = true;
    return !!flag;
  }

  latest(tenantId: string, appId: string): ForecastSummary | null {
    const kept = this.kept.find((k) => k.key === `${tenantId}\u0000${appId}`);
    return kept ? summaryOf(kept.outcome) : null;
  }

  private find(forecastId: string): Kept {
    const kept = this.kept.find((k) => k.outcome.result.id === forecastId);
    if (!kept) throw new AppError('NOT_FOUND', 'That forecast is no longer kept; run it again.');
    return kept;
  }

  rows(forecastId: string, filter: ForecastRowFilter | undefined, offset = 0, limit = 100): { total: number; rows: ForecastRow[] } {
    const all = this.find(forecastId).outcome.result.rows.filter((row) => matches(row, filter));
    return { total: all.length, rows: all.slice(offset, offset + limit) };
  }

  async object(forecastId: string, kind: 'User' | 'Group', objectId: string): Promise<TrialRun> {
    const kept = this.find(forecastId);
    const row = kept.outcome.result.rows.find((r) => r.id === objectId && r.kind === kind);
    if (!row) throw new AppError('NOT_FOUND', `The forecast has no ${kind.toLowerCase()} ${objectId}.`);
    return forecastObjectRun(kept.input, kept.outcome, row);
  }

  /** Test Connection and the probe, driven by the app's mappings when an app is given. */
  async check(request: { baseUrl: string; token: string; tenantId?: string | undefined; appId?: string | undefined; write?: boolean | undefined; confirmHost?: string | undefined }): Promise<ScimCheckReport> {
    const host = new URL(request.baseUrl).host;
    if (request.write && request.confirmHost?.trim().toLowerCase() !== host.toLowerCase()) {
      throw new AppError('BAD_REQUEST', `The write round trip creates, changes and deletes a throwaway user in ${host}. Confirm by naming its host (${host}).`);
    }
    const mapping = request.tenantId && request.appId ? scimCheckOptionsOf(this.app(request.tenantId, request.appId).job) : undefined;
    return checkScimEndpoint({ baseUrl: request.baseUrl, token: request.token, write: request.write ?? false, ...(mapping ? { mapping } : {}) });
  }
}
