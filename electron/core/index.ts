import type { Handlers } from '../../shared/ipc/contract';
import { workspacePath } from './config';
import { auditHandlers } from './audit/audit-handlers';
import type { CoreContext } from './core-context';
import { WorkspaceDb } from './db/workspace-db';
import { EventHub } from './events';
import { createLogger, type Logger } from './logger';
import { logsHandlers } from './logs/logs-handlers';
import { LogsService } from './logs/logs-service';
import type { Platform } from './platform';
import { scimHandlers } from './scim/scim-handlers';
import { appVersion } from './version';
import { workspaceHandlers } from './workspace/workspace-handlers';
import { createSignInFeature } from './tenant/sign-in-feature';
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
    if (workspaceService.ensureSampleTenant(ctx.now())) logger.info('sample tenant seeded', { file });
  }

  const signIn = createSignInFeature(ctx);
  const handlers: Handlers = {
    ...workspaceHandlers(ctx, workspaceService),
    ...signIn.handlers,
    ...logsHandlers(ctx, new LogsService(workspace), signIn.auth),
    ...auditHandlers(ctx),
    ...scimHandlers(ctx, options.sqliteBinding ? { nativeBinding: options.sqliteBinding } : {}),
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
