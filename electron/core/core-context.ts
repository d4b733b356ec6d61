import type { Handlers } from '../../shared/ipc/contract';
import type { WorkspaceDb } from './db/workspace-db';
import type { EventHub } from './events';
import type { Logger } from './logger';
import type { Platform } from './platform';

/** What every feature of the core is built from; createCore makes exactly one. */
export interface CoreContext {
  platform: Platform;
  workspace: WorkspaceDb;
  /** The workspace database file. */
  workspaceFile: string;
  events: EventHub;
  logger: Logger;
  version: string;
  now: () => Date;
  /** Registers cleanup (servers, timers) run by Core.close(), last registered first. */
  onClose(dispose: () => void | Promise<void>): void;
}

/** A feature's share of the contract: the handlers for the channels it owns. */
export type FeatureHandlers<C extends keyof Handlers> = Pick<Handlers, C>;
