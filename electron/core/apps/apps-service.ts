import { AppError } from '../../../shared/errors';
import type { AppMappings, AppOverview, AppSummary, AssignmentView } from '../../../shared/ipc/dto/apps';
import type { GraphGroup } from '../../../shared/graph/group';
import type { GraphServicePrincipal } from '../../../shared/graph/service-principal';
import type { SynchronizationJob, SynchronizationSchema } from '../../../shared/graph/synchronization';
import type { GraphUser } from '../../../shared/graph/user';
import { vendorProfileOf } from '../../../shared/vendors';
import type { ServicePrincipalRow } from '../db/repositories/apps';
import type { WorkspaceDb } from '../db/workspace-db';
import { expandAssignments, type DirectoryLookup } from './expand-assignments';
import { realTime, toJobOverview } from './job-overview';
import { toObjectMappingViews } from './mappings-view';
import { roleNameResolver } from './role-names';

/** Read-only views of the cached enterprise apps, shaped for the UI and the CLI. */
export class AppsService {
  constructor(private readonly workspace: WorkspaceDb) {}

  /** Apps with provisioning configured (at least one synchronization job), optionally searched by name or id. */
  list(tenantId: string, search?: string): AppSummary[] {
    this.requireTenant(tenantId);
    return this.workspace.apps
      .list(tenantId, search)
      .map((row) => this.summary(tenantId, row))
      .filter((app) => app.jobCount > 0);
  }

  overview(tenantId: string, appId: string): AppOverview {
    const row = this.requireApp(tenantId, appId);
    const sp = JSON.parse(row.json) as GraphServicePrincipal;
    const assignments = this.assignments(tenantId, appId);
    const groupMembers = assignments.flatMap((a) => a.members);
    const directUsers = new Set(assignments.filter((a) => a.principalType === 'User').map((a) => a.principalId));
    const viaGroups = new Set(groupMembers.filter((m) => !m.nested && m.objectType === 'user').map((m) => m.id));
    // A nested member is only "not provisioned" if no direct assignment or direct membership covers them.
    const provisioned = new Set([...directUsers, ...viaGroups]);
    const jobs = this.jobs(tenantId, appId);
    return {
      tenantId,
      id: row.id,
      appId: row.app_id,
      displayName: row.display_name,
      templateId: jobs[0]?.templateId ?? null,
      applicationTemplateId: sp.applicationTemplateId ?? null,
      vendorProfile: vendorProfileOf(jobs[0]?.templateId, row.display_name),
      appRoleAssignmentRequired: sp.appRoleAssignmentRequired ?? false,
      accountEnabled: sp.accountEnabled ?? true,
      tags: sp.tags ?? [],
      appRoles: (sp.appRoles ?? []).map((role) => ({
        id: role.id,
        displayName: role.displayName ?? role.value ?? role.id,
        value: role.value ?? null,
        allowedMemberTypes: role.allowedMemberTypes ?? [],
        isEnabled: role.isEnabled ?? true,
      })),
      jobs: jobs.map(toJobOverview),
      fetchedAt: row.fetched_at,
      counts: {
        assignedUsers: assignments.filter((a) => a.principalType === 'User').length,
        assignedGroups: assignments.filter((a) => a.principalType === 'Group').length,
        usersViaGroups: viaGroups.size,
        nestedNotProvisioned: new Set(groupMembers.filter((m) => m.nested && m.objectType === 'user' && !provisioned.has(m.id)).map((m) => m.id)).size,
        logRecords: this.workspace.logs.count(tenantId, appId),
      },
    };
  }

  assignments(tenantId: string, appId: string): AssignmentView[] {
    const row = this.requireApp(tenantId, appId);
    const sp = JSON.parse(row.json) as GraphServicePrincipal;
    return expandAssignments(this.workspace.apps.assignments(tenantId, appId), this.directory(tenantId), roleNameResolver(sp.appRoles));
  }

  mappings(tenantId: string, appId: string): AppMappings {
    this.requireApp(tenantId, appId);
    return {
      jobs: this.workspace.apps.jobs(tenantId, appId).map((job) => {
        const schema = job.schema_json ? (JSON.parse(job.schema_json) as SynchronizationSchema) : null;
        return {
          jobId: job.id,
          templateId: job.template_id,
          objectMappings: schema ? toObjectMappingViews(schema) : [],
          schemaJson: schema ? JSON.stringify(schema, null, 2) : '',
        };
      }),
    };
  }

  private summary(tenantId: string, row: ServicePrincipalRow): AppSummary {
    const jobs = this.jobs(tenantId, row.id);
    const primary = jobs.find((j) => j.status?.code === 'Quarantine') ?? jobs[0];
    const assignments = this.workspace.apps.assignments(tenantId, row.id);
    const last = primary?.status?.lastExecution;
    return {
      id: row.id,
      appId: row.app_id,
      displayName: row.display_name,
      templateId: primary?.templateId ?? null,
      vendorProfile: vendorProfileOf(primary?.templateId, row.display_name),
      jobCount: jobs.length,
      statusCode: (primary?.status?.code ?? null) as AppSummary['statusCode'],
      scheduleState: primary?.schedule?.state ?? null,
      lastCycleEnded: realTime(last?.timeEnded),
      lastCycleState: realTime(last?.timeEnded) ? (last?.state ?? null) : null,
      quarantined: jobs.some((j) => j.status?.code === 'Quarantine' || Boolean(j.status?.quarantine)),
      assignedUsers: assignments.filter((a) => a.principal_type === 'User').length,
      assignedGroups: assignments.filter((a) => a.principal_type === 'Group').length,
    };
  }

  private jobs(tenantId: string, appId: string): SynchronizationJob[] {
    return this.workspace.apps.jobs(tenantId, appId).map((row) => JSON.parse(row.json) as SynchronizationJob);
  }

  private directory(tenantId: string): DirectoryLookup {
    const users = new Map<string, GraphUser | undefined>();
    const groups = new Map<string, GraphGroup | undefined>();
    const load = <T>(cache: Map<string, T | undefined>, id: string, json: (id: string) => string | undefined): T | undefined => {
      if (!cache.has(id)) {
        const text = json(id);
        cache.set(id, text ? (JSON.parse(text) as T) : undefined);
      }
      return cache.get(id);
    };
    return {
      user: (id) => load(users, id, (key) => this.workspace.directory.userJson(tenantId, key)),
      group: (id) => load(groups, id, (key) => this.workspace.directory.groupJson(tenantId, key)),
      members: (groupId) => this.workspace.directory.members(tenantId, groupId),
    };
  }

  private requireTenant(tenantId: string): void {
    if (!this.workspace.tenants.get(tenantId)) throw new AppError('NOT_FOUND', `There is no tenant ${tenantId} in this workspace.`);
  }

  private requireApp(tenantId: string, appId: string): ServicePrincipalRow {
    this.requireTenant(tenantId);
    const row = this.workspace.apps.get(tenantId, appId);
    if (!row) throw new AppError('NOT_FOUND', `There is no app ${appId} in this tenant. Refresh the app list.`);
    return row;
  }
}
