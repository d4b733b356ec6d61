import type { ImportSummary } from '../../../shared/ipc/contract';
import type { WorkspaceDb } from '../db/workspace-db';
import type { GraphClient } from '../graph/graph-client';
import { importSnapshot } from '../workspace/import-snapshot';
import { readTenant, type AppFailure, type ReadTenantOptions } from './tenant-reader';

export interface RefreshResult extends ImportSummary {
  /** Service principals looked at (with or without provisioning). */
  scanned: number;
  fetchedAt: string;
  /** Apps whose provisioning Graph refused (a missing directory role), with the roles to ask for. */
  deniedApps: AppFailure[];
  /** Apps left out for another reason, each named with it. */
  failedApps: AppFailure[];
}

/**
 * Reads the tenant (or some of its apps) from Graph and writes it to the workspace in one
 * transaction, stamped with the fetch time. A failure or cancellation before the write changes nothing.
 */
export async function refreshTenant(workspace: WorkspaceDb, graph: GraphClient, options: ReadTenantOptions = {}): Promise<RefreshResult> {
  const { snapshot, scanned, deniedApps, failedApps } = await readTenant(graph, options);
  options.signal?.throwIfAborted();
  const summary = importSnapshot(workspace, snapshot, 'graph');
  return { ...summary, scanned, fetchedAt: snapshot.exportedAt, deniedApps, failedApps };
}
