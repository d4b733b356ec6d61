import type { DirectoryObjectRef, GraphGroup } from '../../../shared/graph/group';
import type { GraphOrganization } from '../../../shared/graph/organization';
import type { AppRoleAssignment, GraphServicePrincipal } from '../../../shared/graph/service-principal';
import type { SynchronizationJob, SynchronizationSchema, SynchronizationTemplate } from '../../../shared/graph/synchronization';
import type { GraphUser } from '../../../shared/graph/user';
import { describeUnreadable } from '../../../shared/graph/read-error';
import { UNREADABLE_SOURCE_ATTRIBUTES_KEY } from '../../../shared/graph/user-properties';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotSchema, type ServicePrincipalSnapshot, type Snapshot } from '../../../shared/snapshot/schema';
import { AppError } from '../../../shared/errors';
import { organizationSchema } from '../../../shared/graph/organization';
import { appRoleAssignmentSchema } from '../../../shared/graph/service-principal';
import { synchronizationSchemaSchema, synchronizationTemplateSchema } from '../../../shared/graph/synchronization';
import { getAll, type GraphClient } from '../graph/graph-client';
import { isSynchronizationDenied } from '../graph/graph-error';
import { isAbortError } from '../graph/retry-delay';
import { isUserRef, readDeletedUsers, readGroups, readGroupTrees, readUsers } from './read-directory';
import { getServicePrincipal, listJobs, listServicePrincipals, mayProvision, readAs } from './read-service-principals';
import { userQueryFields, userSourceAttributeNames } from './source-attributes';

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

/** An app the read could not include, named with its reason in words. */
export interface AppFailure {
  id: string;
  name: string;
  reason: string;
}

export interface TenantRead {
  snapshot: Snapshot;
  /** Every service principal looked at, with or without provisioning. */
  scanned: number;
  /** Apps whose synchronization Graph refused to show (401/403: a missing role), skipped by a scan. */
  skipped: number;
  /** The apps refused (`skipped` of them), with the roles to ask for. */
  deniedApps: AppFailure[];
  /** Apps that failed for another reason (an unreadable schema, templates, a 500/502 after retries): left out, the rest read. */
  failedApps: AppFailure[];
}


type AppRead = { sp: GraphServicePrincipal; jobs: SynchronizationJob[]; assignments: AppRoleAssignment[]; schemas: SynchronizationSchema[]; templates: SynchronizationTemplate[] };

const appName = (sp: GraphServicePrincipal) => sp.displayName ?? sp.appDisplayName ?? sp.id;
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads the signed-in tenant's provisioning apps into a snapshot (the foundation's format): service
 * principals with synchronization jobs, each with app roles, assignments, jobs + status + schema and
 * templates; the assigned groups with their direct members (nested groups walked and kept, so their
 * members show as nested); and the users in scope with every source attribute the mappings use.
 * One app's failure (a refused role, an unreadable schema, a server error after retries) leaves that
 * app out and is reported; the rest of the tenant is read. Nothing is written here: the caller imports
 * the finished snapshot in one transaction, so a failure midway leaves the workspace's data intact.
 */
export async function readTenant(graph: GraphClient, options: ReadTenantOptions = {}): Promise<TenantRead> {
  const signal = options.signal;
  const req = signal ? { signal } : {};
  const progress = options.onProgress ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const single = options.appIds?.length === 1;

  progress({ label: 'Reading the tenant', done: 0, total: null });
  const orgPage = await graph.get<{ value?: unknown[] }>('/organization?$select=id,displayName,verifiedDomains,countryLetterCode,preferredLanguage,tenantType,createdDateTime', req);
  const rawOrganization = orgPage.value?.[0];
  if (!rawOrganization) throw new AppError('IO_ERROR', 'Microsoft Graph returned no organization for this tenant.');
  const organization = readAs(organizationSchema, withoutODataAnnotations(rawOrganization as object), 'organization', 'of this tenant');

  const listed = options.appIds?.length
    ? await Promise.all(options.appIds.map((id) => getServicePrincipal(graph, id, signal)))
    : await listServicePrincipals(graph, { search: options.search, signal });
  const candidates = options.appIds?.length ? listed : listed.filter(mayProvision);

  let checked = 0;
  const withJobs: Array<{ sp: GraphServicePrincipal; jobs: SynchronizationJob[] }> = [];
  const deniedApps: AppFailure[] = [];
  const failedApps: AppFailure[] = [];
  const fail = (into: AppFailure[], sp: GraphServicePrincipal, error: unknown) => {
    if (single || isAbortError(error) || signal?.aborted) throw error;
    into.push({ id: sp.id, name: appName(sp), reason: reasonOf(error) });
  };
  await Promise.all(
    candidates.map(async (sp) => {
      try {
        const jobs = await listJobs(graph, sp.id, signal);
        if (jobs.length > 0 || options.appIds?.includes(sp.id)) withJobs.push({ sp, jobs });
      } catch (error) {
        // Without Application Administrator or Cloud Application Administrator, Graph answers 401 (or 403) here.
        fail(isSynchronizationDenied(error) ? deniedApps : failedApps, sp, error);
      }
      checked += 1;
      progress({ label: 'Finding apps with provisioning', done: checked, total: candidates.length });
    }),
  );
  if (candidates.length > 0 && deniedApps.length === candidates.length) {
    throw new AppError('FORBIDDEN', `Microsoft Graph refused the provisioning configuration of every app (${deniedApps.length}). ${deniedApps[0]?.reason ?? ''}`.trim());
  }
  withJobs.sort((a, b) => (a.sp.displayName ?? '').localeCompare(b.sp.displayName ?? '') || a.sp.id.localeCompare(b.sp.id));

  let appsDone = 0;
  const settled = await Promise.all(
    withJobs.map(async ({ sp, jobs }): Promise<AppRead | undefined> => {
      try {
        return await readApp(graph, sp, jobs, req);
      } catch (error) {
        fail(isSynchronizationDenied(error) ? deniedApps : failedApps, sp, error);
        return undefined;
      } finally {
        appsDone += 1;
        progress({ label: 'Reading apps: roles, assignments, jobs, schemas', done: appsDone, total: withJobs.length });
      }
    }),
  );
  const apps = settled.filter((app): app is AppRead => app !== undefined);

  // Directory objects the apps need: assigned groups (walked), assigned users, and members.
  const assignedGroupIds = apps.flatMap((app) => app.assignments.filter((a) => a.principalType === 'Group').map((a) => a.principalId));
  let directoryRequests = 0;
  const tick = () => progress({ label: 'Reading assigned groups and users', done: (directoryRequests += 1), total: null });
  const trees = await readGroupTrees(graph, assignedGroupIds, { signal, onRequestDone: tick });
  const userIds = new Set(apps.flatMap((app) => app.assignments.filter((a) => a.principalType === 'User').map((a) => a.principalId)));
  for (const members of trees.values()) for (const member of members) if (isUserRef(member)) userIds.add(member.id);
  const allSchemas = apps.flatMap((app) => app.schemas);
  const check: { extensions: ReadonlySet<string> | undefined; rejected: Set<string> } = { extensions: undefined, rejected: new Set() };
  if ([...userSourceAttributeNames(allSchemas)].some((name) => name.startsWith('extension_'))) check.extensions = await readUserExtensionNames(graph, signal);
  const fields = userQueryFields(allSchemas, check);
  const onRejected = (property: string) => check.rejected.add(property.toLowerCase());
  const [groupObjects, users] = await Promise.all([
    readGroups(graph, [...trees.keys()], { signal, onRequestDone: tick }),
    readUsers(graph, [...userIds], fields, { signal, onRequestDone: tick, onRejected }),
  ]);
  const found = new Set(users.map((user) => user.id));
  const missing = [...userIds].filter((id) => !found.has(id));
  const narrowed = { ...fields, select: fields.select.filter((name) => !check.rejected.has(name.toLowerCase())) };
  if (missing.length) users.push(...(await readDeletedUsers(graph, missing, narrowed, { signal, onRequestDone: tick })));
  // Managers referenced by in-scope users are read too, so manager references resolve inside the snapshot.
  const known = new Set(users.map((user) => user.id));
  const managerIds = [...new Set(users.map((user) => user.manager?.id).filter((id): id is string => Boolean(id) && !known.has(id as string)))];
  const managers = managerIds.length ? await readUsers(graph, managerIds, { ...narrowed, expandManager: false }, { signal, onRequestDone: tick, onRejected }) : [];
  const allUsers = [...users, ...managers];

  const recorded = apps.map((app) => ({ ...app, jobs: app.jobs.map((job, i) => withUnreadableSources(job, app.schemas[i], check)) }));
  const snapshot = assembleSnapshot({ organization, apps: recorded, trees, groupObjects, users: allUsers, cloud: options.cloud, exportedAt: now().toISOString() });
  progress({ label: 'Read complete', done: apps.length, total: apps.length });
  failedApps.sort((a, b) => a.name.localeCompare(b.name));
  deniedApps.sort((a, b) => a.name.localeCompare(b.name));
  return { snapshot, scanned: listed.length, skipped: deniedApps.length, deniedApps, failedApps };
}

/** One app's assignments, job schemas and templates, each read liberally and named when unreadable. */
async function readApp(graph: GraphClient, sp: GraphServicePrincipal, jobs: SynchronizationJob[], req: { signal?: AbortSignal }): Promise<AppRead> {
  const base = `/servicePrincipals/${encodeURIComponent(sp.id)}`;
  const [rawAssignments, schemas, rawTemplates] = await Promise.all([
    getAll<unknown>(graph, `${base}/appRoleAssignedTo?$top=999`, req),
    Promise.all(
      jobs.map(async (job) => {
        const raw = await graph.get<object>(`${base}/synchronization/jobs/${encodeURIComponent(job.id)}/schema`, req);
        return readAs(synchronizationSchemaSchema, withoutODataAnnotations(raw ?? {}), 'synchronization schema', `of job "${job.id}" of "${appName(sp)}"`);
      }),
    ),
    jobs.length ? getAll<unknown>(graph, `${base}/synchronization/templates`, req) : Promise.resolve([]),
  ]);
  // An assignment of a principal type Graph added later cannot be provisioned by the app anyway: it is left out.
  const assignments = rawAssignments.flatMap((raw) => {
    const parsed = appRoleAssignmentSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const templates = rawTemplates.map((raw) => readAs(synchronizationTemplateSchema, raw, 'synchronization template', `"${String((raw as { id?: unknown }).id ?? '?')}" of "${appName(sp)}"`));
  return { sp, jobs, assignments, schemas, templates };
}

/** The tenant's directory extension names that apply to users, lower-cased; undefined when Graph will not say. */
async function readUserExtensionNames(graph: GraphClient, signal: AbortSignal | undefined): Promise<Set<string> | undefined> {
  if (!graph.post) return undefined;
  try {
    const body = await graph.post<{ value?: Array<{ name?: unknown; targetObjects?: unknown }> }>('/directoryObjects/getAvailableExtensionProperties', { isSyncedFromOnPremises: false }, signal ? { signal } : {});
    const names = (body?.value ?? []).filter((p) => !Array.isArray(p.targetObjects) || p.targetObjects.includes('User')).map((p) => String(p.name ?? '').toLowerCase());
    return new Set(names.filter(Boolean));
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw error;
    return undefined;
  }
}

function withUnreadableSources(job: SynchronizationJob, schema: SynchronizationSchema | undefined, check: { extensions: ReadonlySet<string> | undefined; rejected: ReadonlySet<string> }): SynchronizationJob {
  const unreadable = schema ? userQueryFields([schema], check).unreadable : undefined;
  if (!unreadable?.size) return job;
  return { ...job, [UNREADABLE_SOURCE_ATTRIBUTES_KEY]: [...unreadable].map(([name, reason]) => ({ name, reason })).sort((a, b) => a.name.localeCompare(b.name)) };
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
  const parsed = snapshotSchema.safeParse({
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
  if (!parsed.success) throw new AppError('IO_ERROR', describeUnreadable('tenant read', 'assembled from Microsoft Graph', parsed.error));
  return parsed.data;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Entities fetched one by one carry `@odata.context`; a snapshot holds the resource alone. */
export function withoutODataAnnotations<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('@odata.'))) as T;
}
