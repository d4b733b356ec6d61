import { describe, expect, it } from 'vitest';
import type { AssignmentView, MemberView } from '../../../../../shared/ipc/dto/apps';
import {
  filterAssignments,
  isDefaultAccess,
  provisionedUserIds,
  totalAssignments,
} from '../../../../../renderer/src/features/assignments/filterAssignments';

function member(displayName: string, nested: boolean): MemberView {
  return {
    id: displayName,
    displayName,
    userPrincipalName: `${displayName.toLowerCase()}@contoso.test`,
    objectType: 'user',
    accountEnabled: true,
    nested,
    via: nested ? ['Inner group'] : [],
  };
}

function assignment(name: string, type: AssignmentView['principalType'], members: MemberView[] = []): AssignmentView {
  return {
    id: `a-${name}`,
    principalId: name,
    principalType: type,
    principalDisplayName: name,
    userPrincipalName: type === 'User' ? `${name.toLowerCase()}@contoso.test` : null,
    accountEnabled: type === 'User' ? true : null,
    softDeleted: false,
    appRoleId: type === 'User' ? '00000000-0000-0000-0000-000000000000' : 'role-1',
    roleName: type === 'User' ? 'Default Access' : 'Member',
    createdDateTime: null,
    members,
  };
}

const list = [
  assignment('Adele', 'User'),
  assignment('Sales', 'Group', [member('Megan', false), member('Nestor', true)]),
];

describe('filterAssignments', () => {
  it('returns everything with all members when the filter is blank', () => {
    const rows = filterAssignments(list, '  ');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.members).toHaveLength(2);
  });

  it('matches names, UPNs and role names case-insensitively', () => {
    expect(filterAssignments(list, 'ADELE').map((row) => row.assignment.principalDisplayName)).toEqual(['Adele']);
    expect(filterAssignments(list, 'default access').map((row) => row.assignment.principalDisplayName)).toEqual(['Adele']);
  });

  it('finds a group through a member and opens it to show just that member', () => {
    const [row] = filterAssignments(list, 'nestor');
    expect(row!.assignment.principalDisplayName).toBe('Sales');
    expect(row!.matchedByMembers).toBe(true);
    expect(row!.members.map((each) => each.displayName)).toEqual(['Nestor']);
  });
});

describe('totalAssignments', () => {
  it('counts principals, users provisioned through groups and users only reachable through nested groups', () => {
    expect(totalAssignments(list)).toEqual({ users: 1, groups: 1, servicePrincipals: 0, usersViaGroups: 1, nestedOnlyUsers: 1 });
  });

  it('does not count a nested member who is provisioned through another assignment', () => {
    const withNestorAssigned = [...list, { ...assignment('Nestor', 'User'), principalId: 'Nestor' }];
    expect(totalAssignments(withNestorAssigned).nestedOnlyUsers).toBe(0);
  });
});

describe('provisionedUserIds', () => {
  it('holds directly assigned users and direct group members, not nested ones', () => {
    expect([...provisionedUserIds(list)].sort()).toEqual(['Adele', 'Megan']);
  });
});

describe('isDefaultAccess', () => {
  it('recognises the all-zero role id', () => {
    expect(isDefaultAccess(list[0]!)).toBe(true);
    expect(isDefaultAccess(list[1]!)).toBe(false);
  });
});
