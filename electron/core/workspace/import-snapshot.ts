import type { ImportSummary } from '../../../shared/ipc/contract';
import type { ProvisioningObjectSummary } from '../../../shared/graph/provisioning-log';
import type { Snapshot } from '../../../shared/snapshot/schema';
import type { WorkspaceDb } from '../db/workspace-db';
import { memberTypeOf } from './member-type';

export type TenantSource = 'sample' | 'graph' | 'file';

/**
 * Writes a validated snapshot into the workspace in one transaction. Apps in the snapshot replace
 * their cached copies; users and groups are upserted; log records already stored are skipped.
 */
export function importSnapshot(workspace: WorkspaceDb, snapshot: Snapshot, source: TenantSource, now = new Date()): ImportSummary {
  const fetchedAt = snapshot.exportedAt || now.toISOString();
  const tenantId = snapshot.tenant.id;
  let added = 0;
  workspace.transaction(() => {
    const defaultDomain = snapshot.tenant.verifiedDomains?.find((d) => d.isDefault)?.name ?? null;
    workspace.tenants.upsert({
      id: tenantId,
      displayName: snapshot.tenant.displayName ?? tenantId,
      defaultDomain,
      source,
      fetchedAt,
      json: JSON.stringify(snapshot.tenant),
    });
    for (const user of snapshot.users) {
      workspace.directory.upsertUser(tenantId, {
        id: user.id,
        displayName: user.displayName ?? user.userPrincipalName ?? user.id,
        userPrincipalName: user.userPrincipalName ?? null,
        accountEnabled: user.accountEnabled ?? null,
        deletedAt: user.deletedDateTime ?? null,
        json: JSON.stringify(user),
      });
    }
    for (const group of snapshot.groups) {
      const { members, ...rest } = group;
      workspace.directory.upsertGroup(
        tenantId,
        { id: group.id, displayName: group.displayName ?? group.id, json: JSON.stringify(rest) },
        (members ?? []).map((m) => ({ id: m.id, type: memberTypeOf(m['@odata.type']) })),
      );
    }
    for (const sp of snapshot.servicePrincipals) {
      const { appRoleAssignedTo, synchronization, ...principal } = sp;
      workspace.apps.replace(tenantId, {
        id: sp.id,
        appId: sp.appId,
        displayName: sp.displayName ?? sp.appId,
        fetchedAt,
        json: JSON.stringify(principal),
        assignments: appRoleAssignedTo.map((a) => ({
          id: a.id,
          principalId: a.principalId,
          principalType: a.principalType ?? 'User',
          principalDisplayName: a.principalDisplayName ?? null,
          appRoleId: a.appRoleId,
          createdAt: a.createdDateTime ?? null,
          json: JSON.stringify(a),
        })),
        jobs: synchronization.jobs.map((job) => {
          const { schema, ...rest } = job;
          return {
            id: job.id,
            templateId: job.templateId ?? '',
            statusCode: job.status?.code ?? null,
            json: JSON.stringify(rest),
            schemaJson: schema ? JSON.stringify(schema) : null,
          };
        }),
        templates: synchronization.templates.map((t) => ({ id: t.id, json: JSON.stringify(t) })),
      });
    }
    added = insertLogs(workspace, tenantId, snapshot.provisioningLogs);
  });
  return {
    tenantId,
    tenantName: snapshot.tenant.displayName ?? tenantId,
    users: snapshot.users.length,
    groups: snapshot.groups.length,
    apps: snapshot.servicePrincipals.length,
    provisioningLogs: added,
  };
}

/** Adds provisioning-log records in one transaction; returns how many were new. */
export function importProvisioningLogs(workspace: WorkspaceDb, tenantId: string, records: readonly ProvisioningObjectSummary[]): number {
  let added = 0;
  workspace.transaction(() => {
    added = insertLogs(workspace, tenantId, records);
  });
  return added;
}

function insertLogs(workspace: WorkspaceDb, tenantId: string, records: readonly ProvisioningObjectSummary[]): number {
  return workspace.logs.insertAll(tenantId, records.map(toLogRow));
}

function toLogRow(record: ProvisioningObjectSummary) {
  return {
    id: record.id,
    activityAt: record.activityDateTime,
    status: record.provisioningStatusInfo?.status ?? null,
    action: record.provisioningAction ?? null,
    servicePrincipalId: record.servicePrincipal?.id ?? null,
    jobId: record.jobId ?? null,
    cycleId: record.cycleId ?? null,
    changeId: record.changeId ?? null,
    sourceId: record.sourceIdentity?.id ?? null,
    sourceName: record.sourceIdentity?.displayName ?? null,
    targetId: record.targetIdentity?.id ?? null,
    errorCode: record.provisioningStatusInfo?.errorInformation?.errorCode ?? null,
    json: JSON.stringify(record),
  };
}
