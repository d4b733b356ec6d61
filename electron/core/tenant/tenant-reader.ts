import type { DirectoryObjectRef, GraphGroup } from '../../../shared/graph/group';
import type { GraphOrganization } from '../../../shared/graph/organization';
import type { AppRoleAssignment, GraphServicePrincipal } from '../../../shared/graph/service-principal';
import type { SynchronizationJob, SynchronizationSchema, SynchronizationTemplate } from '../../../shared/graph/synchronization';
import type { GraphUser } from '../../../shared/graph/user';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotSchema, type ServicePrincipalSnapshot, type Snapshot } from '../../../shared/snapshot/schema';
import { getAll, type GraphClient } from '../graph/graph-client';
import { isGraphError } from '../graph/graph-error';
import { isUserRef, readDeletedUsers, readGroups, readGroupTrees, readUsers } from './read-directory';
import { getServicePrincipal, listJobs, listServicePrincipals } from './read-service-principals';
import { userQueryFields } from './source-attributes';

export interface ReadProgress {
  label: string;
  done: number;
  total: number | null;
}

export interface ReadTenantOptions {
  /** Read only these apps (service principal object ids): an incremental refresh of one or a few apps. */
  appIds?: string[] | undefined;
  /** Only apps whose display name matches (Graph `$search`). */
  search?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: (progress: ReadProgress) => void;
  /** Label for the snapshot's source, e.g. the cloud name. */
  cloud?: string | undefined;
  now?: () => Date;
}

export interface TenantRead {
  snapshot: Snapshot;
  /** Every service principal looked at, with or without provisioning. */
  scanned: number;
  /** Service principals whose synchronization Graph refused to show (403/400), skipped by a scan. */
  skipped: number;
}

/**
 * Reads the signed-in tenant's provisioning apps into a snapshot (the foundation's format): service
 * principals with synchronization jobs, each with app roles, assignments, jobs + status + schema and
 * templates; the assigned groups with their direct members (nested groups walked and kept, so their
 * members show as nested); and the users in scope with every source attribute the mappings use.
 * Nothing is written here: the caller imports the finished snapshot in one transaction, so a failure
 * midway leaves the workspace's previous data intact.
 */
export async function readTenant(graph: GraphClient, options: ReadTenantOptions = {}): Promise<TenantRead> {
  const signal = options.signal;
  const req = signal ? { signal } : {};
  const progress = options.onProgress ?? (() => undefined);
  const now = options.now ?? (() => new Date());

  progress({ label: 'Reading the tenant', done: 0, total: null });
  const organization = (await graph.get<{ value: GraphOrganization[] }>('/organization?$select=id,displayName,verifiedDomains,countryLetterCode,preferredLanguage,tenantType,createdDateTime', req)).value[0];
  if (!organization) throw new Error('Graph returned no organization for this tenant.');

  const candidates = options.appIds?.length
    ? await Promise.all(options.appIds.map((id) => getServicePrincipal(graph, id, signal)))
    : await listServicePrincipals(graph, { search: options.search, signal });

  let checked = 0;
  const withJobs: Array<{ sp: GraphServicePrincipal; jobs: SynchronizationJob[] }> = [];
  const denied: unknown[] = [];
  await Promise.all(
    candidates.map(async (sp) => {
      let jobs: SynchronizationJob[];
      try {
        jobs = await listJobs(graph, sp.id, signal);
      } catch (error) {
        // Some first-party service principals refuse synchronization reads (403/400) even to admins;
        // a scan skips them, but if every app refuses, the permission itself is missing.
        if (options.appIds?.length || !isGraphError(error) || (error.status !== 403 && error.status !== 400)) throw error;
        denied.push(error);
        jobs = [];
      }
      checked += 1;
      progress({ label: 'Finding apps with provisioning', done: checked, total: candidates.length });
      if (jobs.length > 0 || options.appIds?.includes(sp.id)) withJobs.push({ sp, jobs });
    }),
  );
  if (candidates.length > 0 && denied.length === candidates.length) throw denied[0];
  withJobs.sort((a, b) => (a.sp.displayName ?? '').localeCompare(b.sp.displayName ?? '') || a.sp.id.localeCompare(b.sp.id));

  let appsDone = 0;
  const apps = await Promise.all(
    withJobs.map(async ({ sp, jobs }) => {
      const base = `/servicePrincipals/${encodeURIComponent(sp.id)}`;
      const [assignments, schemas, templates] = await Promise.all([
        getAll<AppRoleAssignment>(graph, `${base}/appRoleAssignedTo?$top=999`, req),
        Promise.all(jobs.map((job) => graph.get<SynchronizationSchema>(`${base}/synchronization/jobs/${encodeURIComponent(job.id)}/schema`, req).then(withoutODataAnnotations))),
        jobs.length ? getAll<SynchronizationTemplate>(graph, `${base}/synchronization/templates`, req) : Promise.resolve([]),
      ]);
      appsDone += 1;
      progress({ label: 'Reading apps: roles, assignments, jobs, schemas', done: appsDone, total: withJobs.length });
      return { sp, jobs, assignments, schemas, templates };
    }),
  );

  // Directory objects the apps need: assigned groups (walked), assigned users, and members.
  const assignedGroupIds = apps.flatMap((app) => app.assignments.filter((a) => a.principalType === 'Group').map((a) => a.principalId));
  let directoryRequests = 0;
  const tick = () => progress({ label: 'Reading assigned groups and users', done: (directoryRequests += 1), total: null });
  const trees = await readGroupTrees(graph, assignedGroupIds, { signal, onRequestDone: tick });
  const userIds = new Set(apps.flatMap((app) => app.assignments.filter((a) => a.principalType === 'User').map((a) => a.principalId)));
  for (const members of trees.values()) for (const member of members) if (isUserRef(member)) userIds.add(member.id);
  const fields = userQueryFields(apps.flatMap((app) => app.schemas));
  const [groupObjects, users] = await Promise.all([
    readGroups(graph, [...trees.keys()], { signal, onRequestDone: tick }),
    readUsers(graph, [...userIds], fields, { signal, onRequestDone: tick }),
  ]);
  const found = new Set(users.map((user) => user.id));
  const missing = [...userIds].filter((id) => !found.has(id));
  if (missing.length) users.push(...(await readDeletedUsers(graph, missing, fields, { signal, onRequestDone: tick })));
  // Managers referenced by in-scope users are read too, so manager references resolve inside the snapshot.
  const known = new Set(users.map((user) => user.id));
  const managerIds = [...new Set(users.map((user) => user.manager?.id).filter((id): id is string => Boolean(id) && !known.has(id as string)))];
  const managers = managerIds.length ? await readUsers(graph, managerIds, { ...fields, expandManager: false }, { signal, onRequestDone: tick }) : [];
  const allUsers = [...users, ...managers];

  const snapshot = assembleSnapshot({ organization, apps, trees, groupObjects, users: allUsers, cloud: options.cloud, exportedAt: now().toISOString() });
  progress({ label: 'Read complete', done: apps.length, total: apps.length });
  return { snapshot, scanned: candidates.length, skipped: denied.length };
}

interface AssembleInput {
  organization: GraphOrganization;
  apps: Array<{ sp: GraphServicePrincipal; jobs: SynchronizationJob[]; assignments: AppRoleAssignment[]; schemas: SynchronizationSchema[]; templates: SynchronizationTemplate[] }>;
  trees: Map<string, DirectoryObjectRef[]>;
  groupObjects: GraphGroup[];
  users: GraphUser[];
  cloud: string | undefined;
  exportedAt: string;
}

/** Puts the pieces in snapshot shape, dropping references a snapshot cannot resolve (deleted objects, managers outside scope). */
function assembleSnapshot(input: AssembleInput): Snapshot {
  const userIds = new Set(input.users.map((user) => user.id));
  const groupIds = new Set(input.groupObjects.map((group) => group.id));
  const appIds = new Set(input.apps.map((app) => app.sp.id));
  const users = input.users.map((user) => (user.manager && !userIds.has(user.manager.id) ? { ...user, manager: undefined } : user)).map(stripUndefined);
  const groups = input.groupObjects.map((group) => ({
    ...group,
    members: (input.trees.get(group.id) ?? []).filter((member) => (isUserRef(member) ? userIds.has(member.id) : member['@odata.type'] !== '#microsoft.graph.group' || groupIds.has(member.id))),
  }));
  const resolvable = (a: AppRoleAssignment) => (a.principalType === 'User' ? userIds.has(a.principalId) : a.principalType === 'Group' ? groupIds.has(a.principalId) : appIds.has(a.principalId));
  const servicePrincipals: ServicePrincipalSnapshot[] = input.apps.map((app) => ({
    ...app.sp,
    appRoleAssignedTo: app.assignments.filter(resolvable),
    synchronization: { jobs: app.jobs.map((job, i) => ({ ...job, schema: app.schemas[i] ?? { directories: [], synchronizationRules: [] } })), templates: app.templates },
  }));
  return snapshotSchema.parse({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: input.exportedAt,
    source: { kind: 'graph', description: `Read from Microsoft Graph by Provisioning Workbench`, ...(input.cloud ? { cloud: input.cloud } : {}) },
    tenant: input.organization,
    users,
    groups,
    servicePrincipals,
    provisioningLogs: [],
  });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Entities fetched one by one carry `@odata.context`; a snapshot holds the resource alone. */
export function withoutODataAnnotations<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('@odata.'))) as T;
}
