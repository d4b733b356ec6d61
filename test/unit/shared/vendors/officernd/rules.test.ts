import { describe, expect, it } from 'vitest';
import { OFFICERND_RULES } from '../../../../../shared/vendors/officernd/rules';
import { finding, GOOD_USER, lint } from '../../audit/fixtures';

const rule = OFFICERND_RULES[0];

describe('officernd-external-id', () => {
  it('fires when externalId does not come from objectId', () => {
    expect(lint(rule, { profileId: 'officernd', user: GOOD_USER })).toEqual([finding(rule, { targetAttributeName: 'externalId', message: 'OfficeRnD expects objectId → externalId for users; externalId comes from [mailNickname].' })]);
  });

  it('fires when externalId from objectId is not the first matching attribute', () => {
    expect(lint(rule, { profileId: 'officernd', user: [{ target: 'userName', source: '[userPrincipalName]', matchingPriority: 1 }, { target: 'externalId', source: '[objectId]', matchingPriority: 2 }, { target: 'active', source: 'Not([IsSoftDeleted])' }] })).toEqual([finding(rule, { mappingIndex: 1, targetAttributeName: 'externalId', message: 'OfficeRnD matches on externalId, but it is not the first matching attribute.' })]);
  });

  it('stays quiet on objectId → externalId with matching precedence 1', () => {
    expect(lint(rule, { profileId: 'officernd', user: [{ target: 'externalId', source: '[objectId]', matchingPriority: 1 }, { target: 'userName', source: '[userPrincipalName]' }, { target: 'active', source: 'Not([IsSoftDeleted])' }, { target: 'displayName', source: '[displayName]' }] })).toEqual([]);
  });

  it('stays quiet for other vendors', () => {
    expect(lint(rule, { profileId: 'howspace', user: GOOD_USER })).toEqual([]);
  });
});
