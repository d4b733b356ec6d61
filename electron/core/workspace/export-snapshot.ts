import { AppError } from '../../../shared/errors';
import type { GraphGroup } from '../../../shared/graph/group';
import type { GraphUser } from '../../../shared/graph/user';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type ServicePrincipalSnapshot, type Snapshot } from '../../../shared/snapshot/schema';
import type { WorkspaceDb } from '../db/workspace-db';
import { odataTypeOf } from './member-type';

/**
 * Rebuilds a snapshot from the workspace: the whole tenant, or one app with just the directory
 * objects it needs (assigned principals, their group members at any depth, and their managers).
 */
export function exportSnapshot(workspace: WorkspaceDb, tenantId: string, appId?: string, now = new Date()): Snapshot {
  const tenant = workspace.tenants.get(tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', `There is no tenant ${tenantId} in this workspace.`);
  const appRows = appId ? [workspace.apps.get(tenantId, appId)] : workspace.apps.list(tenantId);
  if (appId && !appRows[0]) throw new AppError('NOT_FOUND', `There is no app ${appId} in tenant ${tenant.display_name}.`);

  const membersByGroup = new Map<string, Array<{ member_id: string; member_type: string }>>();
  for (const row of workspace.directory.allMembers(tenantId)) {
    const list = membersByGroup.get(row.group_id) ?? [];
    list.push(row);
    membersByGroup.set(row.group_id, list);
  }
  const users = new Map<string, GraphUser>();
  for (const json of workspace.directory.allUserJson(tenantId)) {
    const user = JSON.parse(json) as GraphUser;
    users.set(user.id, user);
  }
  const groups = new Map<string, GraphGroup>();
  for (const json of workspace.directory.allGroupJson(tenantId)) {
    const group = JSON.parse(json) as GraphGroup;
    groups.set(group.id, group);
  }
  for (const group of groups.values()) group.members = (membersByGroup.get(group.id) ?? []).map((m) => memberRef(m.member_id, m.member_type, users, groups));

  const servicePrincipals: ServicePrincipalSnapshot[] = appRows.map((row) => {
    const sp = row!;
    return {
      ...JSON.parse(sp.json),
      appRoleAssignedTo: workspace.apps.assignments(tenantId, sp.id).map((a) => JSON.parse(a.json)),
      synchronization: {
        jobs: workspace.apps.jobs(tenantId, sp.id).map((j) => ({ ...JSON.parse(j.json), schema: j.schema_json ? JSON.parse(j.schema_json) : { directories: [], synchronizationRules: [] } })),
        templates: workspace.apps.templateJson(tenantId, sp.id).map((t) => JSON.parse(t)),
      },
    } as ServicePrincipalSnapshot;
  });

  let userList = [...users.values()];
  let groupList = [...groups.values()];
  if (appId) {
    const needed = closureForApp(servicePrincipals[0]!, users, groups, membersByGroup);
    userList = userList.filter((u) => needed.users.has(u.id));
    groupList = groupList.filter((g) => needed.groups.has(g.id));
  }

  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: now.toISOString(),
    source: { kind: tenant.source, description: appId ? `${appRows[0]!.display_name} from ${tenant.display_name}` : tenant.display_name },
    tenant: JSON.parse(tenant.json),
    users: userList,
    groups: groupList,
    servicePrincipals,
    provisioningLogs: workspace.logs.allJson(tenantId, appId).map((json) => JSON.parse(json)),
  } as Snapshot;
}

function memberRef(id: string, type: string, users: Map<string, GraphUser>, groups: Map<string, GraphGroup>) {
  const user = users.get(id);
  const displayName = user?.displayName ?? groups.get(id)?.displayName ?? null;
  return {
    '@odata.type': odataTypeOf(type),
    id,
    ...(displayName != null ? { displayName } : {}),
    ...(user?.userPrincipalName ? { userPrincipalName: user.userPrincipalName } : {}),
  } as GraphGroup['members'][number];
}

function closureForApp(
  app: ServicePrincipalSnapshot,
  users: Map<string, GraphUser>,
  groups: Map<string, GraphGroup>,
  membersByGroup: Map<string, Array<{ member_id: string; member_type: string }>>,
) {
  const neededUsers = new Set<string>();
  const neededGroups = new Set<string>();
  const pending = app.appRoleAssignedTo.map((a) => a.principalId);
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (groups.has(id) && !neededGroups.has(id)) {
      neededGroups.add(id);
      for (const m of membersByGroup.get(id) ?? []) pending.push(m.member_id);
    } else if (users.has(id) && !neededUsers.has(id)) {
      neededUsers.add(id);
      const managerId = users.get(id)!.manager?.id;
      if (managerId) pending.push(managerId);
    }
  }
  return { users: neededUsers, groups: neededGroups };
}
