import { describe, expect, it } from 'vitest';
import { groupMembersUsersOnlyRule as rule } from '../../../../../../shared/audit/rules/profile/group-members-users-only';
import { finding, GOOD_GROUP, lint } from '../../fixtures';

describe('group-members-users-only', () => {
  it('fires when the group members also reference groups', () => {
    expect(lint(rule, { profileId: 'officernd', group: GOOD_GROUP.map((m) => ({ ...m, matchingPriority: m.target === 'externalId' ? 1 : 0 })), groupMembersRef: ['User', 'Group'] })).toEqual([finding(rule, { objectMapping: 'Groups', targetAttributeName: 'members', message: 'OfficeRnD Workplace accepts only users as group members, but members also references Group.' })]);
  });

  it('stays quiet when members reference users only', () => {
    expect(lint(rule, { profileId: 'officernd', group: GOOD_GROUP.map((m) => ({ ...m, matchingPriority: m.target === 'externalId' ? 1 : 0 })), groupMembersRef: ['User'] })).toEqual([]);
  });
});
