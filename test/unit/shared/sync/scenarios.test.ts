import { describe, expect, it } from 'vitest';
import { sourceDirectoryOf } from '../../../../shared/sync';
import { applyScenario } from '../../../../shared/sync/scenarios';
import { sample } from '../../../integration/electron/core/workspace-fixture';

const NOW = new Date('2026-11-20T12:00:00Z');
const snapshot = sample();
const sp = snapshot.servicePrincipals.find((s) => s.displayName === 'Howspace')!;
const directory = sourceDirectoryOf(sp, snapshot);
const id = (name: string) => snapshot.users.find((u) => u.displayName === name)!.id;
const gid = (name: string) => snapshot.groups.find((g) => g.displayName === name)!.id;
const isabelle = id('Isabelle Fournier');
const zofia = id('Zofia Nowak');
const facilitators = gid('Howspace Facilitators');
const user = (kindId: string) => ({ kind: 'User' as const, id: kindId });
const group = (kindId: string) => ({ kind: 'Group' as const, id: kindId });

describe('applyScenario for a user', () => {
  it('first changes nothing', () => {
    expect(applyScenario(directory, user(isabelle), { name: 'first' }, NOW)).toEqual({ directory, changes: [] });
  });

  it('change sets or clears source values as overrides; without values it is refused', () => {
    const result = applyScenario(directory, user(isabelle), { name: 'change', set: { department: 'Sales', mobile: null } }, NOW);
    expect(result.directory.overrides.get(isabelle)).toEqual({ department: 'Sales', mobile: null });
    expect(result.changes).toEqual(['department set to "Sales" on Isabelle Fournier', 'mobile cleared on Isabelle Fournier']);
    expect(() => applyScenario(directory, user(isabelle), { name: 'change' }, NOW)).toThrow(/at least one attribute/);
  });

  it('disable, soft-delete, restore and hard-delete change the user; the input directory is untouched', () => {
    expect(applyScenario(directory, user(isabelle), { name: 'disable' }, NOW).directory.users.get(isabelle)!.accountEnabled).toBe(false);
    const soft = applyScenario(directory, user(isabelle), { name: 'soft-delete' }, NOW).directory;
    expect(soft.users.get(isabelle)!.deletedDateTime).toBe(NOW.toISOString());
    const restored = applyScenario(soft, user(isabelle), { name: 'restore' }, NOW).directory.users.get(isabelle)!;
    expect(restored.deletedDateTime).toBeNull();
    expect(applyScenario(directory, user(isabelle), { name: 'hard-delete' }, NOW).directory.users.has(isabelle)).toBe(false);
    expect(directory.users.get(isabelle)!.accountEnabled).not.toBe(false);
    expect(directory.users.has(isabelle)).toBe(true);
  });

  it('unassign removes the direct assignment, or the membership of the assigned groups', () => {
    const direct = applyScenario(directory, user(isabelle), { name: 'unassign' }, NOW);
    expect(direct.directory.assignments.some((a) => a.principalId === isabelle)).toBe(false);
    expect(direct.changes[0]).toBe('The direct assignment of Isabelle Fournier was removed');
    const viaGroup = applyScenario(directory, user(zofia), { name: 'unassign' }, NOW);
    expect(viaGroup.directory.groups.get(facilitators)!.members.some((m) => m.id === zofia)).toBe(false);
    expect(viaGroup.changes).toEqual(['Zofia Nowak was removed from the assigned group Howspace Facilitators']);
  });

  it('group-add joins the first assigned group the user is not in; group-remove leaves one; impossible ones are refused', () => {
    const added = applyScenario(directory, user(zofia), { name: 'group-add' }, NOW);
    const joined = [...added.directory.groups.values()].find((g) => g.members.some((m) => m.id === zofia) && !directory.groups.get(g.id)!.members.some((m) => m.id === zofia))!;
    expect(added.directory.assignments.some((a) => a.principalId === joined.id)).toBe(true);
    const removed = applyScenario(directory, user(zofia), { name: 'group-remove' }, NOW);
    expect(removed.directory.groups.get(facilitators)!.members.some((m) => m.id === zofia)).toBe(false);
    const direct = id('Catherine Moore');
    expect(() => applyScenario(directory, user(direct), { name: 'group-remove' }, NOW)).toThrow(/not a direct member of any group assigned/);
    expect(() => applyScenario(directory, user(zofia), { name: 'group-add', groupId: 'nope' }, NOW)).toThrow(/no group nope/);
  });

  it('role-change moves the assignment to the next role; an unknown role is refused', () => {
    const result = applyScenario(directory, user(isabelle), { name: 'role-change' }, NOW);
    const role = result.directory.assignments.find((a) => a.principalId === isabelle)!.appRoleId;
    expect(role).not.toBe(directory.assignments.find((a) => a.principalId === isabelle)!.appRoleId);
    expect(result.changes).toEqual(['The role of Isabelle Fournier changed from User to msiam_access']);
    expect(() => applyScenario(directory, user(isabelle), { name: 'role-change', roleId: 'nope' }, NOW)).toThrow(/no role nope/);
  });

  it('an unknown user is refused', () => {
    expect(() => applyScenario(directory, user('nope'), { name: 'first' }, NOW)).toThrow(/not in this workspace/);
  });
});

describe('applyScenario for a group', () => {
  it('unassign removes the group assignment; hard-delete removes the group', () => {
    expect(applyScenario(directory, group(facilitators), { name: 'unassign' }, NOW).directory.assignments.some((a) => a.principalId === facilitators)).toBe(false);
    expect(applyScenario(directory, group(facilitators), { name: 'hard-delete' }, NOW).directory.groups.has(facilitators)).toBe(false);
  });

  it('group-add adds a user; group-remove removes the first user member (or the one named)', () => {
    const added = applyScenario(directory, group(facilitators), { name: 'group-add', userId: id('Daniel Okafor') }, NOW);
    expect(added.directory.groups.get(facilitators)!.members.some((m) => m.id === id('Daniel Okafor'))).toBe(true);
    const removed = applyScenario(directory, group(facilitators), { name: 'group-remove' }, NOW);
    expect(removed.directory.groups.get(facilitators)!.members.some((m) => m.id === zofia)).toBe(false);
    expect(removed.changes).toEqual(['Zofia Nowak left the group Howspace Facilitators']);
    expect(() => applyScenario(directory, group(facilitators), { name: 'group-remove', userId: id('Daniel Okafor') }, NOW)).toThrow(/not a member/);
  });

  it('change renames through overrides; user-only scenarios are refused', () => {
    expect(applyScenario(directory, group(facilitators), { name: 'change', set: { displayName: 'X' } }, NOW).directory.overrides.get(facilitators)).toEqual({ displayName: 'X' });
    for (const name of ['disable', 'restore', 'role-change'] as const) expect(() => applyScenario(directory, group(facilitators), { name }, NOW)).toThrow(/applies to users/);
  });
});
