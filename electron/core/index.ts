import type { Handlers } from '../../shared/ipc/contract';
import { AppsService } from './apps/apps-service';
import { workspacePath } from './config';
import { WorkspaceDb } from './db/workspace-db';
import { EventHub } from './events';
import { createLogger, type Logger } from './logger';
import type { Platform } from './platform';
import { appVersion } from './version';
import { WorkspaceService } from './workspace/workspace-service';

export interface Core {
  handlers: Handlers;
  events: EventHub;
  workspace: WorkspaceDb;
  logger: Logger;
  close(): void;
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
  const events = new EventHub();
  const workspaceService = new WorkspaceService(workspace);
  const apps = new AppsService(workspace);
  if (options.seedSample ?? true) {
    if (workspaceService.ensureSampleTenant(options.now?.() ?? new Date())) logger.info('sample tenant seeded', { file });
  }
  const version = options.version ?? appVersion();

  const handlers: Handlers = {
    'app:info': async () => ({
      name: 'Provisioning Workbench',
      version,
      mode: platform.mode === 'electron' ? 'electron' : 'browser',
      dataDir: platform.dataDir,
      workspacePath: file,
      platform: process.platform,
    }),
    'tenants:list': async () => workspaceService.tenants(),
    'apps:list': async ({ tenantId, search }) => apps.list(tenantId, search),
    'apps:overview': async ({ tenantId, appId }) => apps.overview(tenantId, appId),
    'apps:assignments': async ({ tenantId, appId }) => apps.assignments(tenantId, appId),
    'apps:mappings': async ({ tenantId, appId }) => apps.mappings(tenantId, appId),
    'snapshot:export': async ({ tenantId, appId }) => workspaceService.export(tenantId, appId),
    'snapshot:import': async ({ fileName, text }) => {
      const summary = workspaceService.importText(text, fileName);
      events.emit({ type: 'workspace:changed', tenantId: summary.tenantId });
      return summary;
    },
  };

  return {
    handlers,
    events,
    workspace,
    logger,
    close: () => workspace.close(),
  };
}
