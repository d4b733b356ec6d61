import { AppError } from '../../../shared/errors';
import type { ImportSummary } from '../../../shared/ipc/contract';
import type { TenantSummary } from '../../../shared/ipc/dto/apps';
import { parseSnapshot, serializeSnapshot } from '../../../shared/snapshot/validate';
import type { Snapshot } from '../../../shared/snapshot/schema';
import type { WorkspaceDb } from '../db/workspace-db';
import { exportSnapshot } from './export-snapshot';
import { importProvisioningLogs, importSnapshot } from './import-snapshot';
import { generateSampleTenant, SAMPLE_TENANT_ID } from '../../../sample-tenant';

/** Tenants in the workspace, the sample tenant, and snapshot import/export. */
export class WorkspaceService {
  constructor(private readonly workspace: WorkspaceDb) {}

  /**
   * On first launch the workspace gets the bundled sample tenant, so every screen has data. With
   * `deferLogs` its provisioning logs (seconds of indexing) are left for writeSampleLogs, so the
   * first window opens at once.
   */
  ensureSampleTenant(now = new Date(), options: { deferLogs?: boolean } = {}): boolean {
    if (this.workspace.tenants.get(SAMPLE_TENANT_ID)) return false;
    const sample = generateSampleTenant({ now });
    if (!options.deferLogs) {
      importSnapshot(this.workspace, sample, 'sample', now);
      return true;
    }
    importSnapshot(this.workspace, { ...sample, provisioningLogs: [] }, 'sample', now);
    this.pendingSampleLogs = [...sample.provisioningLogs];
    return true;
  }

  /**
   * Writes the sample's deferred logs, one batch per call; returns how many records the batch held,
   * 0 when none are left. Batches keep the event loop free for requests in between.
   */
  writeSampleLogs(batchSize = 500): number {
    const batch = this.pendingSampleLogs.splice(0, batchSize);
    if (batch.length > 0) importProvisioningLogs(this.workspace, SAMPLE_TENANT_ID, batch);
    return batch.length;
  }

  private pendingSampleLogs: Snapshot['provisioningLogs'] = [];

  tenants(): TenantSummary[] {
    return this.workspace.tenants.list().map((row) => ({
      id: row.id,
      displayName: row.display_name,
      defaultDomain: row.default_domain,
      source: row.source,
      fetchedAt: row.fetched_at,
      appCount: row.app_count,
    }));
  }

  /** Validates first; an invalid file changes nothing and every problem is reported with its JSON path. */
  importText(text: string, fileName = 'snapshot'): ImportSummary {
    const parsed = parseSnapshot(text);
    if (!parsed.ok) {
      throw new AppError(
        'INVALID_SNAPSHOT',
        `${fileName} is not a valid snapshot (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}); nothing was imported.`,
        parsed.problems,
      );
    }
    return this.import(parsed.snapshot);
  }

  import(snapshot: Snapshot): ImportSummary {
    const source = snapshot.source.kind === 'sample' ? 'sample' : snapshot.source.kind === 'graph' ? 'graph' : 'file';
    return importSnapshot(this.workspace, snapshot, source);
  }

  export(tenantId: string, appId?: string): { fileName: string; json: string } {
    const snapshot = exportSnapshot(this.workspace, tenantId, appId);
    const subject = appId ? snapshot.servicePrincipals[0]?.displayName ?? appId : snapshot.tenant.displayName ?? tenantId;
    const stamp = snapshot.exportedAt.slice(0, 10);
    return { fileName: `${slug(subject)}-${stamp}.pwb-snapshot.json`, json: serializeSnapshot(snapshot) };
  }
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'snapshot';
}
