import { AppError } from '../../../shared/errors';
import type { LaConnection } from '../../../shared/ipc/contracts/logAnalytics';
import type { LogFilter, LogStatsDimension } from '../../../shared/logs/log-filter';
import { isWorkspaceId } from '../../../shared/loganalytics/kql-queries';
import type { LaCloudName } from '../../../shared/loganalytics/la-clouds';
import type { AuthService } from '../auth/auth-service';
import type { WorkspaceDb } from '../db/workspace-db';
import { LaQueryClient, type LaClientOptions } from './la-client';
import { msalCredential, staticCredential } from './la-credential';
import { laEndpoint } from './la-endpoint';
import { pullFromLogAnalytics, type LaPullOptions } from './la-pull';
import { loadLaSettings, saveLaSettings, type LaSettings } from './la-settings';
import { laHistory, laOverview, laSummary } from './la-summary';

export interface LogAnalyticsServiceOptions {
  dataDir: string;
  /** The store a pull writes to (the CLI opens it only to pull). */
  workspace?: WorkspaceDb | undefined;
  auth?: AuthService | undefined;
  /** A ready token for the Log Analytics API instead of a sign-in (`--access-token`, `PWB_LA_ACCESS_TOKEN`). */
  accessToken?: string | undefined;
  /** The query API's origin instead of the cloud's (`PWB_LA_ENDPOINT`; plain http only on 127.0.0.1). */
  endpoint?: string | undefined;
  now?: () => Date;
  /** Told when the service throttles us, before each wait. */
  onThrottle?: LaClientOptions['onThrottle'];
}

/** The Log Analytics feature of the core: what IPC handlers and the CLI call. */
export class LogAnalyticsService {
  private readonly running = new Map<string, AbortController>();
  constructor(private readonly options: LogAnalyticsServiceOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  status(): LaConnection | null {
    const settings = loadLaSettings(this.options.dataDir);
    return settings ? toConnection(settings) : null;
  }

  /** Checks the workspace answers (and what it holds), then remembers it. */
  async connect(workspaceId: string, cloud?: LaCloudName): Promise<LaConnection> {
    const id = workspaceId.trim().toLowerCase();
    if (!isWorkspaceId(id)) throw new AppError('BAD_REQUEST', `"${workspaceId}" is not a workspace ID. Copy the Workspace ID (a GUID) from the Log Analytics workspace's Overview page.`);
    const homeAccountId = this.options.accessToken ? undefined : (await this.options.auth?.activeAccount())?.homeAccountId;
    const settings: LaSettings = { workspaceId: id, cloud: cloud ?? this.signedInCloud(), ...(homeAccountId ? { homeAccountId } : {}), connectedAt: this.now().toISOString() };
    const overview = await laOverview(this.client(settings), id);
    const saved = { ...settings, overview: { ...overview, at: this.now().toISOString() } };
    saveLaSettings(this.options.dataDir, saved);
    return toConnection(saved);
  }

  disconnect(): boolean {
    const had = loadLaSettings(this.options.dataDir) !== null;
    saveLaSettings(this.options.dataDir, null);
    return had;
  }

  async summary(filter: LogFilter, by: LogStatsDimension, limit: number) {
    const settings = this.connected();
    return { workspaceId: settings.workspaceId, ...(await laSummary(this.client(settings), settings.workspaceId, filter, by, limit)) };
  }

  async history(filter: LogFilter, subjectId: string, limit: number) {
    const settings = this.connected();
    return laHistory(this.client(settings), settings.workspaceId, filter, subjectId, limit);
  }

  /** Pulls a slice into the store; cancellable through `cancel(taskId)`. */
  async pull(taskId: string, options: Omit<LaPullOptions, 'signal'>) {
    const settings = this.connected();
    const store = this.options.workspace;
    if (!store) throw new AppError('INTERNAL', 'A pull needs the local store, and none was opened.');
    const controller = new AbortController();
    this.running.set(taskId, controller);
    try {
      const summary = await pullFromLogAnalytics(store, this.client(settings), settings.workspaceId, { ...options, signal: controller.signal, now: () => this.now() });
      if (!summary.cancelled) saveLaSettings(this.options.dataDir, { ...settings, lastPull: { since: summary.since, until: summary.until, added: summary.added, at: this.now().toISOString() } });
      return summary;
    } finally {
      this.running.delete(taskId);
    }
  }

  cancel(taskId: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort();
    return controller !== undefined;
  }

  private connected(): LaSettings {
    const settings = loadLaSettings(this.options.dataDir);
    if (!settings) throw new AppError('BAD_REQUEST', 'No Log Analytics workspace is connected. Connect one first (its Workspace ID is on the workspace\'s Overview page).');
    return settings;
  }

  private signedInCloud(): LaCloudName {
    const name = this.options.auth?.cloudNameOf();
    if (name === 'Custom' && !this.options.endpoint) throw new AppError('BAD_REQUEST', 'The signed-in account uses custom endpoints: give the Log Analytics cloud explicitly.');
    return name && name !== 'Custom' ? name : 'Global';
  }

  private client(settings: LaSettings): LaQueryClient {
    const { endpoint, scope } = laEndpoint(settings.cloud as LaCloudName, this.options.endpoint);
    const token = this.options.accessToken?.trim();
    if (!token && !this.options.auth) throw new AppError('FORBIDDEN', 'Not signed in: sign in first, or pass an access token for Log Analytics.');
    const credential = token ? staticCredential(token) : msalCredential(this.options.auth!, settings.homeAccountId);
    return new LaQueryClient({ endpoint, scope, credential, ...(this.options.onThrottle ? { onThrottle: this.options.onThrottle } : {}) });
  }
}

function toConnection(settings: LaSettings): LaConnection {
  return { workspaceId: settings.workspaceId, cloud: settings.cloud, connectedAt: settings.connectedAt, overview: settings.overview ?? null, lastPull: settings.lastPull ?? null };
}
