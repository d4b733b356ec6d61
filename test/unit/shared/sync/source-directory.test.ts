import { describe, expect, it } from 'vitest';
import { ODATA_TYPE_USER, type GraphGroup } from '../../../../shared/graph/group';
import type { AppRoleAssignment } from '../../../../shared/graph/service-principal';
import { assignmentsOf, type SourceDirectory } from '../../../../shared/sync/source-directory';

const assignment = (id: string, principalId: string, principalType: 'User' | 'Group'): AppRoleAssignment =>
  ({ id, appRoleId: `role-${id}`, principalId, principalType, principalDisplayName: principalId, resourceId: 'app' }) as AppRoleAssignment;
const group = (id: string, userIds: string[]): GraphGroup => ({ id, displayName: id, members: userIds.map((u) => ({ '@odata.type': ODATA_TYPE_USER, id: u })) }) as unknown as GraphGroup;

function directory(assignments: AppRoleAssignment[], groups: GraphGroup[]): SourceDirectory {
  return { users: new Map(), groups: new Map(groups.map((g) => [g.id, g])), assignments, appRoles: [], overrides: new Map() };
}

describe('assignmentsOf', () => {
  const assignments = [assignment('a1', 'sales', 'Group'), assignment('a2', 'ada', 'User'), assignment('a3', 'legal', 'Group')];
  const base = directory(assignments, [group('sales', ['ada', 'bao']), group('legal', ['ada'])]);

  it('lists direct assignments and those of assigned groups the user is a direct member of, in list order', () => {
    expect(assignmentsOf(base, 'ada').map((e) => [e.assignment.id, e.via?.id ?? null])).toEqual([
      ['a1', 'sales'],
      ['a2', null],
      ['a3', 'legal'],
    ]);
    expect(assignmentsOf(base, 'bao').map((e) => [e.assignment.id, e.via?.id ?? null])).toEqual([['a1', 'sales']]);
    expect(assignmentsOf(base, 'sales').map((e) => e.assignment.id)).toEqual(['a1']);
    expect(assignmentsOf(base, 'nobody')).toEqual([]);
  });

  it('follows a scenario that replaces the group map or the assignment list (nothing stale from the index)', () => {
    const left = { ...base, groups: new Map([...base.groups, ['sales', group('sales', ['ada'])]]) };
    expect(assignmentsOf(left, 'bao')).toEqual([]);
    expect(assignmentsOf(base, 'bao').map((e) => e.assignment.id)).toEqual(['a1']);
    const unassigned = { ...base, assignments: assignments.filter((a) => a.id !== 'a1') };
    expect(assignmentsOf(unassigned, 'ada').map((e) => e.assignment.id)).toEqual(['a2', 'a3']);
  });
});
