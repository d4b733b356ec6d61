import { ODATA_TYPE_USER, type GraphGroup } from '../graph/group';
import type { AppRole, AppRoleAssignment } from '../graph/service-principal';
import type { GraphUser } from '../graph/user';
import type { ServicePrincipalSnapshot } from '../snapshot/schema';

/** The source side Entra reads for one app: directory objects, the app's assignments and roles. */
export interface SourceDirectory {
  users: ReadonlyMap<string, GraphUser>;
  groups: ReadonlyMap<string, GraphGroup>;
  assignments: readonly AppRoleAssignment[];
  appRoles: readonly AppRole[];
  /** Source attribute values edited before the run (the `change` scenario), per object id. */
  overrides: ReadonlyMap<string, Readonly<Record<string, string | null>>>;
}

export function sourceDirectoryOf(sp: ServicePrincipalSnapshot, directory: { users: readonly GraphUser[]; groups: readonly GraphGroup[] }): SourceDirectory {
  return {
    users: new Map(directory.users.map((u) => [u.id, u])),
    groups: new Map(directory.groups.map((g) => [g.id, g])),
    assignments: sp.appRoleAssignedTo.filter((a) => !a.deletedDateTime),
    appRoles: sp.appRoles ?? [],
    overrides: new Map(),
  };
}

const userMemberCache = new WeakMap<readonly unknown[], ReadonlySet<string>>();

/** A group's direct user members as a set, cached per members array (scenarios replace the array, never edit it), so scope checks stay O(1) for groups of 100,000. */
export function directUserMembers(group: GraphGroup): ReadonlySet<string> {
  let set = userMemberCache.get(group.members);
  if (!set) {
    set = new Set(group.members.filter((m) => m['@odata.type'] === ODATA_TYPE_USER).map((m) => m.id));
    userMemberCache.set(group.members, set);
  }
  return set;
}

/** Assigned groups a user is a *direct* member of (nested membership does not count for Entra). */
export function assignedGroupsOf(directory: SourceDirectory, userId: string): GraphGroup[] {
  const out: GraphGroup[] = [];
  for (const [, assignment] of assignmentIndex(directory.assignments).groups) {
    const group = directory.groups.get(assignment.principalId);
    if (group && !out.includes(group) && directUserMembers(group).has(userId)) out.push(group);
  }
  return out;
}

/** Whether a user is a member of an assigned group only through nested groups. */
export function nestedOnlyVia(directory: SourceDirectory, userId: string): GraphGroup | null {
  for (const [, assignment] of assignmentIndex(directory.assignments).groups) {
    const root = directory.groups.get(assignment.principalId);
    if (!root) continue;
    const stack = root.members.filter((m) => m['@odata.type'] !== ODATA_TYPE_USER).map((m) => m.id);
    const seen = new Set<string>();
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const group = directory.groups.get(id);
      if (!group) continue;
      if (group.members.some((m) => m.id === userId)) return root;
      for (const m of group.members) if (m['@odata.type'] !== ODATA_TYPE_USER) stack.push(m.id);
    }
  }
  return null;
}

interface AssignmentIndex {
  /** Direct assignments by principal, with their position in the list. */
  byPrincipal: Map<string, Array<[number, AppRoleAssignment]>>;
  /** Group assignments with their position. */
  groups: Array<[number, AppRoleAssignment]>;
}

const assignmentIndexCache = new WeakMap<readonly AppRoleAssignment[], AssignmentIndex>();

/** Assignments indexed once per list (scenarios replace the list, never edit it): a tenant assigns 100,000 users directly. */
function assignmentIndex(assignments: readonly AppRoleAssignment[]): AssignmentIndex {
  let index = assignmentIndexCache.get(assignments);
  if (!index) {
    index = { byPrincipal: new Map(), groups: [] };
    assignments.forEach((assignment, i) => {
      const list = index!.byPrincipal.get(assignment.principalId);
      if (list) list.push([i, assignment]);
      else index!.byPrincipal.set(assignment.principalId, [[i, assignment]]);
      if (assignment.principalType === 'Group') index!.groups.push([i, assignment]);
    });
    assignmentIndexCache.set(assignments, index);
  }
  return index;
}

type AssignmentEntry = { assignment: AppRoleAssignment; via: GraphGroup | null };

const viaGroupCache = new WeakMap<readonly AppRoleAssignment[], WeakMap<ReadonlyMap<string, GraphGroup>, Map<string, Array<[number, AssignmentEntry]>>>>();

/**
 * Each user's assignments through assigned groups they are a direct member of, built once per
 * assignment list and group map (scenarios replace both, never edit them): the forecast asks for
 * 100,000 users, and walking every assigned group per user was a fifth of its time.
 */
function viaGroups(directory: SourceDirectory): Map<string, Array<[number, AssignmentEntry]>> {
  let byGroups = viaGroupCache.get(directory.assignments);
  if (!byGroups) viaGroupCache.set(directory.assignments, (byGroups = new WeakMap()));
  let byUser = byGroups.get(directory.groups);
  if (!byUser) {
    byUser = new Map();
    for (const [i, assignment] of assignmentIndex(directory.assignments).groups) {
      const group = directory.groups.get(assignment.principalId);
      if (!group) continue;
      for (const userId of directUserMembers(group)) {
        const entry: [number, AssignmentEntry] = [i, { assignment, via: group }];
        const list = byUser.get(userId);
        if (list) list.push(entry);
        else byUser.set(userId, [entry]);
      }
    }
    byGroups.set(directory.groups, byUser);
  }
  return byUser;
}

/** The assignments that make a principal assigned: direct ones and, for users, those of assigned groups they are a direct member of (in list order). */
export function assignmentsOf(directory: SourceDirectory, principalId: string): AssignmentEntry[] {
  const direct = assignmentIndex(directory.assignments).byPrincipal.get(principalId) ?? [];
  const through = viaGroups(directory).get(principalId) ?? [];
  if (through.length === 0) return direct.map(([, assignment]) => ({ assignment, via: null }));
  const found: Array<[number, AssignmentEntry]> = [...direct.map(([i, assignment]): [number, AssignmentEntry] => [i, { assignment, via: null }]), ...through];
  return found.sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}
