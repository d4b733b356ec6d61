import type { Handlers } from '../../shared/ipc/contract';
import { workspacePath } from './config';
import { appsHandlers } from './apps/apps-handlers';
import { auditHandlers } from './audit/audit-handlers';
import type { CoreContext } from './core-context';
import { WorkspaceDb } from './db/workspace-db';
import { EventHub } from './events';
import { filesHandlers } from './files/files-handlers';
import { createLogger, type Logger } from './logger';
import { logsHandlers } from './logs/logs-handlers';
import { logAnalyticsHandlers } from './loganalytics/la-handlers';
import { LogsService } from './logs/logs-service';
import type { Platform } from './platform';
import { scimHandlers } from './scim/scim-handlers';
import { trialHandlers } from './sync/trial-handlers';
import { forecastHandlers } from './sync/forecast-handlers';
import { onDemandHandlers } from './sync/on-demand-handlers';
import { appVersion } from './version';
import { workspaceHandlers } from './workspace/workspace-handlers';
import { createAuthFeature } from './auth/auth-feature';
import { createTenantFeature } from './tenant/tenant-feature';
import { SAMPLE_TENANT_ID } from '../../sample-tenant';
import { WorkspaceService } from './workspace/workspace-service';

export interface Core {
  handlers: Handlers;
  events: EventHub;
  workspace: WorkspaceDb;
  logger: Logger;
  close(): Promise<void>;
}

export interface CoreOptions {
  version?: string;
  logger?: Logger;
  /** better-sqlite3 binding built for Electron's ABI (the Node build cannot load inside Electron). */
  sqliteBinding?: string;
  /** Seed the sample tenant into an empty workspace (default true). */
  seedSample?: boolean;
  now?: () => Date;
}

/** The composition root of the core: every front door (Electron, browser host, CLI) starts here. */
export async function createCore(platform: Platform, options: CoreOptions = {}): Promise<Core> {
  const logger = options.logger ?? createLogger({ scope: `core:${platform.mode}` });
  const file = workspacePath(platform.dataDir);
  const workspace = WorkspaceDb.open(file, { logger, ...(options.sqliteBinding ? { nativeBinding: options.sqliteBinding } : {}) });
  const disposers: Array<() => void | Promise<void>> = [];
  const ctx: CoreContext = {
    platform,
    workspace,
    workspaceFile: file,
    events: new EventHub(),
    logger,
    version: options.version ?? appVersion(),
    now: options.now ?? (() => new Date()),
    onClose: (dispose) => void disposers.push(dispose),
  };
  const workspaceService = new WorkspaceService(workspace);
  if (options.seedSample ?? true) {
    // Windows (desktop, browser mode) open before the sample's logs are indexed; the CLI waits for them.
    const deferLogs = platform.mode !== 'cli';
    if (workspaceService.ensureSampleTenant(ctx.now(), { deferLogs })) logger.info('sample tenant seeded', { file });
    if (deferLogs) writeSampleLogsInBackground(ctx, workspaceService);
  }

  const signIn = createAuthFeature(ctx);
  const tenant = createTenantFeature(ctx, signIn.auth);
  const logs = new LogsService(workspace);
  const binding = options.sqliteBinding ? { nativeBinding: options.sqliteBinding } : {};
  const handlers: Handlers = {
    ...workspaceHandlers(ctx, workspaceService),
    ...appsHandlers(ctx),
    ...signIn.handlers,
    ...tenant.handlers,
    ...logsHandlers(ctx, logs, signIn.auth),
    ...logAnalyticsHandlers(ctx, signIn.auth),
    ...auditHandlers(ctx),
    ...scimHandlers(ctx, binding),
    ...trialHandlers(ctx, logs, binding),
    ...forecastHandlers(ctx, binding),
    ...onDemandHandlers(ctx, signIn.auth),
    ...filesHandlers(ctx, logs, workspaceService),
  };

  return {
    handlers,
    events: ctx.events,
    workspace,
    logger,
    close: async () => {
      for (const dispose of disposers.reverse()) {
        try {
          await dispose();
        } catch (error) {
          logger.warn('cleanup failed', { error: error instanceof Error ? error.message : String(error) });
        }
      }
      workspace.close();
    },
  };
}

/** Writes the deferred sample logs a batch per turn of the event loop, then tells the windows. */
function writeSampleLogsInBackground(ctx: CoreContext, workspaceService: WorkspaceService): void {
  let timer: NodeJS.Timeout | undefined;
  let written = 0;
  const step = () => {
    const count = workspaceService.writeSampleLogs();
    written += count;
    if (count > 0) {
      timer = setTimeout(step, 0);
      return;
    }
    timer = undefined;
    if (written > 0) {
      ctx.logger.info('sample provisioning logs written', { records: written });
      ctx.events.emit({ type: 'workspace:changed', tenantId: SAMPLE_TENANT_ID });
    }
  };
  timer = setTimeout(step, 0);
  ctx.onClose(() => clearTimeout(timer));
}
