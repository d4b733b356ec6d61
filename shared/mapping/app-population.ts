import { ODATA_TYPE_GROUP, ODATA_TYPE_USER, type GraphGroup } from '../graph/group';
import { DEFAULT_ACCESS_ROLE_ID } from '../graph/service-principal';
import type { ObjectMapping } from '../graph/synchronization';
import type { GraphUser } from '../graph/user';
import type { ServicePrincipalSnapshot } from '../snapshot/schema';
import { inScope } from './scope-filter';
import { groupSourceObject, userSourceObject, type AppRoleAssignmentValue, type SourceObject } from './source-object';

/** A user or group Entra would consider for this app, with the source object expressions see. */
export interface PopulationMember {
  id: string;
  kind: 'User' | 'Group';
  displayName: string;
  /** e.g. the UPN for users. */
  detail: string;
  /** How it is assigned: "direct", or "via <group>". */
  assignedVia: string;
  inScope: boolean;
  source: SourceObject;
}

export interface AppPopulation {
  members: PopulationMember[];
  nestedOnlyUsers: number;
  groupsWithNestedGroups: string[];
}

/**
 * The users and groups assigned to an app (directly, or as direct members of an assigned group —
 * Entra does not provision nested groups' members), with scope evaluated against the user and
 * group object mappings and `IsSoftDeleted` computed (disabled or out of scope).
 */
export function appPopulation(
  sp: ServicePrincipalSnapshot,
  directory: { users: readonly GraphUser[]; groups: readonly GraphGroup[] },
  objectMappings: readonly ObjectMapping[],
): AppPopulation {
  const users = new Map(directory.users.map((u) => [u.id, u]));
  const groups = new Map(directory.groups.map((g) => [g.id, g]));
  const roles = new Map((sp.appRoles ?? []).map((r) => [r.id, r]));
  const userMapping = objectMappings.find((m) => !/group$/i.test(m.sourceObjectName));
  const groupMapping = objectMappings.find((m) => /group$/i.test(m.sourceObjectName));
  const roleAssignments = new Map<string, AppRoleAssignmentValue[]>();
  const via = new Map<string, string>();
  const assignedGroups: GraphGroup[] = [];
  const groupsWithNestedGroups: string[] = [];
  const nestedCandidates = new Set<string>();

  const addRole = (userId: string, appRoleId: string, assignmentId: string) => {
    const role = roles.get(appRoleId);
    const list = roleAssignments.get(userId) ?? [];
    if (!list.some((r) => r.id === assignmentId)) {
      list.push({ id: assignmentId, value: role?.value ?? null, displayName: role?.displayName ?? (appRoleId === DEFAULT_ACCESS_ROLE_ID ? 'Default Access' : null) });
    }
    roleAssignments.set(userId, list);
  };

  for (const assignment of sp.appRoleAssignedTo) {
    if (assignment.principalType === 'User') {
      via.set(assignment.principalId, 'direct');
      addRole(assignment.principalId, assignment.appRoleId, assignment.id ?? assignment.appRoleId);
    } else if (assignment.principalType === 'Group') {
      const group = groups.get(assignment.principalId);
      if (!group) continue;
      assignedGroups.push(group);
      for (const member of group.members) {
        if (member['@odata.type'] === ODATA_TYPE_USER) {
          if (!via.has(member.id)) via.set(member.id, `via ${group.displayName ?? group.id}`);
          addRole(member.id, assignment.appRoleId, `${assignment.id ?? assignment.appRoleId}:${group.id}`);
        } else if (member['@odata.type'] === ODATA_TYPE_GROUP) {
          if (!groupsWithNestedGroups.includes(group.displayName ?? group.id)) groupsWithNestedGroups.push(group.displayName ?? group.id);
          const stack = [member.id];
          const seen = new Set<string>();
          while (stack.length) {
            const id = stack.pop()!;
            if (seen.has(id)) continue;
            seen.add(id);
            for (const m of groups.get(id)?.members ?? []) {
              if (m['@odata.type'] === ODATA_TYPE_USER) nestedCandidates.add(m.id);
              else if (m['@odata.type'] === ODATA_TYPE_GROUP) stack.push(m.id);
            }
          }
        }
      }
    }
  }

  const members: PopulationMember[] = [];
  for (const [id, assignedVia] of via) {
    const user = users.get(id);
    if (!user) continue;
    const source = userSourceObject(user, { appRoleAssignments: roleAssignments.get(id) ?? [] });
    const scoped = inScope(userMapping?.scope, source);
    source.IsSoftDeleted = !scoped || user.accountEnabled === false ? 'True' : 'False';
    members.push({ id, kind: 'User', displayName: user.displayName ?? user.userPrincipalName, detail: user.userPrincipalName, assignedVia, inScope: scoped, source });
  }
  for (const group of assignedGroups) {
    const source = groupSourceObject(group);
    members.push({ id: group.id, kind: 'Group', displayName: group.displayName ?? group.id, detail: `${group.members.length} direct member(s)`, assignedVia: 'direct', inScope: inScope(groupMapping?.scope, source), source });
  }
  members.sort((a, b) => (a.kind === b.kind ? a.displayName.localeCompare(b.displayName) : a.kind === 'User' ? -1 : 1));
  return { members, nestedOnlyUsers: [...nestedCandidates].filter((id) => !via.has(id)).length, groupsWithNestedGroups };
}
