import { AppError } from '../errors';
import { ODATA_TYPE_USER, type GraphGroup } from '../graph/group';
import { DEFAULT_ACCESS_ROLE_ID, type AppRoleAssignment } from '../graph/service-principal';
import type { GraphUser } from '../graph/user';
import { assignedGroupsOf, type SourceDirectory } from './source-directory';
import type { ObjectKind, Scenario } from './types';

export interface ScenarioResult {
  directory: SourceDirectory;
  /** What changed in the source, in words, for the timeline. */
  changes: string[];
}

const userLabel = (user: GraphUser) => user.displayName ?? user.userPrincipalName;
const groupLabel = (group: GraphGroup) => group.displayName ?? group.id;

function withUser(directory: SourceDirectory, user: GraphUser | null, id: string): SourceDirectory {
  const users = new Map(directory.users);
  if (user) users.set(id, user);
  else users.delete(id);
  return { ...directory, users };
}

function withGroup(directory: SourceDirectory, group: GraphGroup | null, id: string): SourceDirectory {
  const groups = new Map(directory.groups);
  if (group) groups.set(id, group);
  else groups.delete(id);
  return { ...directory, groups };
}

function roleName(directory: SourceDirectory, roleId: string): string {
  if (roleId === DEFAULT_ACCESS_ROLE_ID) return 'Default Access';
  const role = directory.appRoles.find((r) => r.id === roleId);
  return role?.displayName ?? role?.value ?? roleId;
}

/**
 * Applies a scenario to the source, as the admin would have changed Entra before the next cycle.
 * The workspace is never modified: each run starts from the directory as read, plus this change,
 * and the story continues through Entra's state and the target's.
 */
export function applyScenario(directory: SourceDirectory, subject: { kind: ObjectKind; id: string }, scenario: Scenario, now: Date): ScenarioResult {
  return subject.kind === 'User' ? applyToUser(directory, subject.id, scenario, now) : applyToGroup(directory, subject.id, scenario);
}

function applyToUser(directory: SourceDirectory, userId: string, scenario: Scenario, now: Date): ScenarioResult {
  const user = directory.users.get(userId);
  if (!user) throw new AppError('NOT_FOUND', `The user ${userId} is not in this workspace.`);
  const name = userLabel(user);
  switch (scenario.name) {
    case 'first':
      return { directory, changes: [] };
    case 'change': {
      const set = scenario.set ?? {};
      const keys = Object.keys(set);
      if (keys.length === 0) throw new AppError('BAD_REQUEST', 'The change scenario needs at least one attribute to change (for example department=Sales).');
      const overrides = new Map(directory.overrides);
      overrides.set(userId, { ...(directory.overrides.get(userId) ?? {}), ...set });
      return {
        directory: { ...directory, overrides },
        changes: keys.map((key) => (set[key] === null || set[key] === '' ? `${key} cleared on ${name}` : `${key} set to "${set[key]}" on ${name}`)),
      };
    }
    case 'disable':
      return { directory: withUser(directory, { ...user, accountEnabled: false }, userId), changes: [`${name} was disabled (accountEnabled false)`] };
    case 'soft-delete':
      return { directory: withUser(directory, { ...user, deletedDateTime: now.toISOString() }, userId), changes: [`${name} was deleted (soft delete: in the recycle bin for 30 days)`] };
    case 'restore':
      return {
        directory: withUser(directory, { ...user, deletedDateTime: null, accountEnabled: user.accountEnabled ?? true }, userId),
        changes: [`${name} was restored from the recycle bin`],
      };
    case 'hard-delete':
      return { directory: withUser(directory, null, userId), changes: [`${name} was permanently deleted`] };
    case 'unassign': {
      const direct = directory.assignments.filter((a) => a.principalId === userId);
      const groups = assignedGroupsOf(directory, userId);
      if (direct.length === 0 && groups.length === 0) return { directory, changes: [`${name} was not assigned to the app; nothing to unassign`] };
      let next: SourceDirectory = { ...directory, assignments: directory.assignments.filter((a) => a.principalId !== userId) };
      const changes = direct.length ? [`The direct assignment of ${name} was removed`] : [];
      for (const group of groups) {
        next = withGroup(next, { ...group, members: group.members.filter((m) => m.id !== userId) }, group.id);
        changes.push(`${name} was removed from the assigned group ${groupLabel(group)}`);
      }
      return { directory: next, changes };
    }
    case 'group-add': {
      const assigned = directory.assignments.filter((a) => a.principalType === 'Group').map((a) => directory.groups.get(a.principalId)).filter((g): g is GraphGroup => !!g);
      const group = scenario.groupId ? directory.groups.get(scenario.groupId) : assigned.find((g) => !g.members.some((m) => m.id === userId));
      if (!group) throw new AppError('BAD_REQUEST', scenario.groupId ? `There is no group ${scenario.groupId} in this workspace.` : `${name} is already a direct member of every group assigned to the app.`);
      if (group.members.some((m) => m.id === userId)) return { directory, changes: [`${name} is already a member of ${groupLabel(group)}`] };
      const member = { '@odata.type': ODATA_TYPE_USER, id: userId, displayName: user.displayName ?? null, userPrincipalName: user.userPrincipalName };
      const isAssigned = directory.assignments.some((a) => a.principalId === group.id);
      return {
        directory: withGroup(directory, { ...group, members: [...group.members, member] }, group.id),
        changes: [`${name} joined the group ${groupLabel(group)}${isAssigned ? ', which is assigned to the app' : ' (not assigned to the app)'}`],
      };
    }
    case 'group-remove': {
      const groups = assignedGroupsOf(directory, userId);
      const group = scenario.groupId ? directory.groups.get(scenario.groupId) : groups[0];
      if (!group) throw new AppError('BAD_REQUEST', scenario.groupId ? `There is no group ${scenario.groupId} in this workspace.` : `${name} is not a direct member of any group assigned to the app.`);
      return {
        directory: withGroup(directory, { ...group, members: group.members.filter((m) => m.id !== userId) }, group.id),
        changes: [`${name} left the group ${groupLabel(group)}`],
      };
    }
    case 'role-change':
      return changeRole(directory, userId, name, scenario.roleId);
  }
}

function changeRole(directory: SourceDirectory, principalId: string, name: string, roleId: string | undefined): ScenarioResult {
  const current = directory.assignments.find((a) => a.principalId === principalId);
  const roles = directory.appRoles.filter((r) => r.isEnabled !== false && (r.allowedMemberTypes ?? []).includes('User'));
  const target = roleId ?? roles.find((r) => r.id !== current?.appRoleId)?.id ?? (current?.appRoleId !== DEFAULT_ACCESS_ROLE_ID ? DEFAULT_ACCESS_ROLE_ID : undefined);
  if (!target) throw new AppError('BAD_REQUEST', 'The app has no other role to change to.');
  if (target !== DEFAULT_ACCESS_ROLE_ID && !directory.appRoles.some((r) => r.id === target)) throw new AppError('BAD_REQUEST', `The app has no role ${target}.`);
  if (current) {
    const assignments = directory.assignments.map((a): AppRoleAssignment => (a === current ? { ...a, appRoleId: target } : a));
    return { directory: { ...directory, assignments }, changes: [`The role of ${name} changed from ${roleName(directory, current.appRoleId)} to ${roleName(directory, target)}`] };
  }
  const added: AppRoleAssignment = { id: `trial-${principalId}-${target}`, appRoleId: target, principalId, principalType: 'User', principalDisplayName: name, resourceId: directory.assignments[0]?.resourceId ?? 'app' };
  return { directory: { ...directory, assignments: [...directory.assignments, added] }, changes: [`${name} was assigned directly with the role ${roleName(directory, target)} (it was assigned only through a group)`] };
}

function applyToGroup(directory: SourceDirectory, groupId: string, scenario: Scenario): ScenarioResult {
  const group = directory.groups.get(groupId);
  if (!group) throw new AppError('NOT_FOUND', `The group ${groupId} is not in this workspace.`);
  const name = groupLabel(group);
  switch (scenario.name) {
    case 'first':
      return { directory, changes: [] };
    case 'change': {
      const set = scenario.set ?? {};
      if (Object.keys(set).length === 0) throw new AppError('BAD_REQUEST', 'The change scenario needs at least one attribute to change (for example displayName=Sales EU).');
      const overrides = new Map(directory.overrides);
      overrides.set(groupId, { ...(directory.overrides.get(groupId) ?? {}), ...set });
      return { directory: { ...directory, overrides }, changes: Object.entries(set).map(([k, v]) => (v === null || v === '' ? `${k} cleared on ${name}` : `${k} set to "${v}" on ${name}`)) };
    }
    case 'unassign':
      return { directory: { ...directory, assignments: directory.assignments.filter((a) => a.principalId !== groupId) }, changes: [`The assignment of the group ${name} was removed`] };
    case 'hard-delete':
    case 'soft-delete':
      return {
        directory: { ...withGroup(directory, null, groupId), assignments: directory.assignments.filter((a) => a.principalId !== groupId) },
        changes: [`The group ${name} was deleted`],
      };
    case 'group-add': {
      const candidate = scenario.userId
        ? directory.users.get(scenario.userId)
        : [...directory.users.values()].find((u) => !u.deletedDateTime && u.accountEnabled !== false && !group.members.some((m) => m.id === u.id));
      if (!candidate) throw new AppError('BAD_REQUEST', scenario.userId ? `There is no user ${scenario.userId} in this workspace.` : `Every user in the workspace is already a member of ${name}.`);
      if (group.members.some((m) => m.id === candidate.id)) return { directory, changes: [`${userLabel(candidate)} is already a member of ${name}`] };
      const member = { '@odata.type': ODATA_TYPE_USER, id: candidate.id, displayName: candidate.displayName ?? null, userPrincipalName: candidate.userPrincipalName };
      return { directory: withGroup(directory, { ...group, members: [...group.members, member] }, groupId), changes: [`${userLabel(candidate)} joined the group ${name}`] };
    }
    case 'group-remove': {
      const member = scenario.userId ? group.members.find((m) => m.id === scenario.userId) : group.members.find((m) => m['@odata.type'] === ODATA_TYPE_USER);
      if (!member) throw new AppError('BAD_REQUEST', `${scenario.userId ? `That user is not a member of ${name}` : `${name} has no user members`}.`);
      const label = directory.users.get(member.id) ? userLabel(directory.users.get(member.id)!) : (member.displayName ?? member.id);
      return { directory: withGroup(directory, { ...group, members: group.members.filter((m) => m.id !== member.id) }, groupId), changes: [`${label} left the group ${name}`] };
    }
    case 'disable':
    case 'restore':
    case 'role-change':
      throw new AppError('BAD_REQUEST', `The ${scenario.name} scenario applies to users; for a group use first, change, unassign, hard-delete, group-add or group-remove.`);
  }
}
