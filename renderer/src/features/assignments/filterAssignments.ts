import type { AssignmentView, MemberView } from '../../../../shared/ipc/dto/apps';

export interface FilteredAssignment {
  assignment: AssignmentView;
  /** Members to list when the group is expanded (all of them, or only the ones matching the filter). */
  members: MemberView[];
  /** True when the assignment is shown only because some of its members match: open it so they show. */
  matchedByMembers: boolean;
}

function contains(haystack: string | null, needle: string): boolean {
  return haystack !== null && haystack.toLowerCase().includes(needle);
}

/** Filters by principal name, UPN, role or type; a group also matches through its members' names. */
export function filterAssignments(assignments: readonly AssignmentView[], text: string): FilteredAssignment[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return assignments.map((assignment) => ({ assignment, members: assignment.members, matchedByMembers: false }));
  const result: FilteredAssignment[] = [];
  for (const assignment of assignments) {
    const selfMatches =
      contains(assignment.principalDisplayName, needle) ||
      contains(assignment.userPrincipalName, needle) ||
      contains(assignment.roleName, needle) ||
      contains(assignment.principalType, needle);
    if (selfMatches) {
      result.push({ assignment, members: assignment.members, matchedByMembers: false });
      continue;
    }
    const members = assignment.members.filter(
      (member) => contains(member.displayName, needle) || contains(member.userPrincipalName, needle),
    );
    if (members.length > 0) result.push({ assignment, members, matchedByMembers: true });
  }
  return result;
}

/**
 * Users Entra provisions for this app: those assigned directly plus the direct user members of every
 * assigned group. A nested member in this set is provisioned anyway, through another assignment.
 */
export function provisionedUserIds(assignments: readonly AssignmentView[]): Set<string> {
  const ids = new Set<string>();
  for (const assignment of assignments) {
    if (assignment.principalType === 'User') ids.add(assignment.principalId);
    for (const member of assignment.members) if (!member.nested && member.objectType === 'user') ids.add(member.id);
  }
  return ids;
}

export interface AssignmentTotals {
  users: number;
  groups: number;
  servicePrincipals: number;
  /** Distinct users provisioned because they are direct members of an assigned group. */
  usersViaGroups: number;
  /** Distinct users reachable only through nested groups, so not provisioned at all. */
  nestedOnlyUsers: number;
}

export function totalAssignments(assignments: readonly AssignmentView[]): AssignmentTotals {
  const provisioned = provisionedUserIds(assignments);
  const viaGroups = new Set<string>();
  const nestedOnly = new Set<string>();
  const totals = { users: 0, groups: 0, servicePrincipals: 0 };
  for (const assignment of assignments) {
    if (assignment.principalType === 'User') totals.users += 1;
    else if (assignment.principalType === 'Group') totals.groups += 1;
    else totals.servicePrincipals += 1;
    for (const member of assignment.members) {
      if (member.objectType !== 'user') continue;
      if (!member.nested) viaGroups.add(member.id);
      else if (!provisioned.has(member.id)) nestedOnly.add(member.id);
    }
  }
  return { ...totals, usersViaGroups: viaGroups.size, nestedOnlyUsers: nestedOnly.size };
}

export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

export function isDefaultAccess(assignment: AssignmentView): boolean {
  return assignment.appRoleId === DEFAULT_ACCESS_ROLE_ID;
}
