import type { GraphGroup } from '../graph/group';
import type { ProvisioningObjectSummary } from '../graph/provisioning-log';
import type { GraphUser } from '../graph/user';
import { unreadableSourceAttributes } from '../graph/user-properties';
import { appPopulation, type AppPopulation } from '../mapping/app-population';
import { vendorProfileOf } from '../vendors';
import type { ServicePrincipalSnapshot, SnapshotJob } from '../snapshot/schema';
import { rejectedAttributes } from './rules/rejected-attributes';
import { runAudit, type AuditResult } from './run-audit';

function hasDefaultAccess(source: Readonly<Record<string, unknown>>): boolean {
  const roles = source['appRoleAssignments'];
  return Array.isArray(roles) && roles.some((r) => (r as { displayName?: unknown }).displayName === 'Default Access');
}

export interface AppAudit extends AuditResult {
  appId: string;
  jobId: string | null;
  templateId: string | null;
  population: AppPopulation;
}

/** Finds an app by object id, appId or display name (case-insensitive; a unique partial name also works). */
export function findApp<T extends { id: string; appId?: string | null | undefined; displayName?: string | null | undefined }>(apps: readonly T[], nameOrId: string): T | undefined {
  const needle = nameOrId.trim().toLowerCase();
  const exact = apps.find((a) => a.id.toLowerCase() === needle || a.appId?.toLowerCase() === needle || a.displayName?.toLowerCase() === needle);
  if (exact) return exact;
  const partial = apps.filter((a) => a.displayName?.toLowerCase().includes(needle));
  return partial.length === 1 ? partial[0] : undefined;
}

export interface AuditAppOptions {
  /** Vendor profile id; `undefined` picks it from the template id and name; null for none. */
  profileId?: string | null;
  jobId?: string;
  /** "Now" for the recent-logs window (default: the clock). */
  now?: Date;
}

/** Audits one app of a snapshot (or of the workspace exported as one): the first job's schema unless a job id is given. */
export function auditApp(
  sp: ServicePrincipalSnapshot,
  directory: { users: readonly GraphUser[]; groups: readonly GraphGroup[]; provisioningLogs?: readonly ProvisioningObjectSummary[] },
  options: AuditAppOptions = {},
): AppAudit {
  const jobs: SnapshotJob[] = sp.synchronization.jobs;
  const job = options.jobId ? jobs.find((j) => j.id === options.jobId) : jobs[0];
  const schema = job?.schema ?? { directories: [], synchronizationRules: [] };
  const objectMappings = schema.synchronizationRules.flatMap((r) => r.objectMappings);
  const population = appPopulation(sp, directory, objectMappings);
  const templateId = job?.templateId ?? null;
  const profileId = options.profileId === undefined ? vendorProfileOf(templateId, sp.displayName) : options.profileId;
  const inScope = population.members.filter((m) => m.inScope);
  const syncAll = job?.synchronizationJobSettings?.some((s) => /SyncAll/i.test(s.name) && /true/i.test(s.value ?? '')) ?? false;
  const result = runAudit({
    appName: sp.displayName ?? sp.id,
    templateId,
    profileId,
    schema,
    assignments: {
      nestedOnlyUsers: population.nestedOnlyUsers,
      groupsWithNestedGroups: population.groupsWithNestedGroups,
      syncAll,
      defaultAccessUsers: population.members.filter((m) => m.kind === 'User' && hasDefaultAccess(m.source)).length,
    },
    graphUnreadableSources: unreadableSourceAttributes(job),
    rejectedAttributes: rejectedAttributes(directory.provisioningLogs ?? [], sp.id, options.now ?? new Date()),
    sampleObjects: { User: inScope.filter((m) => m.kind === 'User').map((m) => m.source), Group: inScope.filter((m) => m.kind === 'Group').map((m) => m.source) },
  });
  return { ...result, appId: sp.id, jobId: job?.id ?? null, templateId, population };
}
