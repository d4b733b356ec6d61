import { describe, expect, it } from 'vitest';
import { usernameMustBeEmailRule as rule } from '../../../../../../shared/audit/rules/profile/username-must-be-email';
import { finding, lint } from '../../fixtures';

describe('username-must-be-email', () => {
  it('fires when userName is not from userPrincipalName or mail', () => {
    expect(lint(rule, { profileId: 'officernd', user: [{ target: 'externalId', source: '[objectId]', matchingPriority: 1 }, { target: 'userName', source: '[mailNickname]' }, { target: 'active', source: 'Not([IsSoftDeleted])' }] })).toEqual([finding(rule, { mappingIndex: 1, targetAttributeName: 'userName', message: 'OfficeRnD Workplace needs userName to be a unique email address; it comes from [mailNickname].' })]);
  });

  it('stays quiet when userName comes from userPrincipalName', () => {
    expect(lint(rule, { profileId: 'officernd', user: [{ target: 'externalId', source: '[objectId]', matchingPriority: 1 }, { target: 'userName', source: '[userPrincipalName]' }, { target: 'active', source: 'Not([IsSoftDeleted])' }] })).toEqual([]);
  });
});
