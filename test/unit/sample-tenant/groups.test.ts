import { describe, expect, it } from 'vitest';
import { ODATA_TYPE_GROUP, ODATA_TYPE_USER } from '../../../shared/graph/group';
import { sample } from './sample-fixture';

describe('sample groups', () => {
  const groups = () => sample().groups;
  const byName = (name: string) => {
    const group = groups().find((candidate) => candidate.displayName === name);
    if (!group) throw new Error(`no group ${name}`);
    return group;
  };
  const nestedGroups = (name: string) =>
    byName(name)
      .members.filter((member) => member['@odata.type'] === ODATA_TYPE_GROUP)
      .map((member) => member.displayName);

  it('nest two levels deep: Sales ⊃ Sales - EMEA ⊃ Sales - Nordics', () => {
    expect(nestedGroups('Sales')).toEqual(['Sales - EMEA']);
    expect(nestedGroups('Sales - EMEA')).toEqual(['Sales - Nordics']);
  });

  it('list direct members only, as $expand=members returns them', () => {
    const nordics = byName('Sales - Nordics').members.map((member) => member.id);
    const sales = byName('Sales').members.map((member) => member.id);
    expect(nordics.length).toBeGreaterThan(0);
    expect(sales.filter((id) => nordics.includes(id))).toEqual([]);
  });

  it('include security groups, a Microsoft 365 group and a dynamic group', () => {
    expect(groups().filter((group) => group.securityEnabled && (group.groupTypes ?? []).length === 0).length).toBeGreaterThanOrEqual(5);
    const unified = groups().find((group) => group.groupTypes?.includes('Unified'));
    expect(unified).toMatchObject({ mailEnabled: true, securityEnabled: false });
    const dynamic = groups().find((group) => group.groupTypes?.includes('DynamicMembership'));
    expect(dynamic?.membershipRule).toContain('user.accountEnabled -eq true');
  });

  it('reference only users and groups that exist, and no soft-deleted users', () => {
    const users = new Map(sample().users.map((user) => [user.id, user]));
    const groupIds = new Set(groups().map((group) => group.id));
    for (const group of groups()) {
      for (const member of group.members) {
        if (member['@odata.type'] === ODATA_TYPE_USER) expect(users.get(member.id)?.deletedDateTime ?? null).toBeNull();
        else expect(groupIds.has(member.id)).toBe(true);
      }
    }
  });

  it('have the dynamic All Employees group match its rule', () => {
    const expected = sample()
      .users.filter((user) => user.userType === 'Member' && user.accountEnabled === true && !user.deletedDateTime)
      .map((user) => user.id)
      .sort();
    expect(byName('All Employees').members.map((member) => member.id).sort()).toEqual(expected);
  });
});
