import { describe, expect, it } from 'vitest';
import { OFFICESPACE_RULES } from '../../../../../shared/vendors/officespace/rules';
import { finding, lint } from '../../audit/fixtures';

const rule = OFFICESPACE_RULES[0];

describe('officespace-default-access', () => {
  it('fires when users are assigned with Default Access', () => {
    expect(lint(rule, { profileId: 'officespace', assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], defaultAccessUsers: 2 } })).toEqual([finding(rule, { message: '2 user(s) are assigned with the Default Access role; current Entra provisions them to OfficeSpace.' })]);
  });

  it('stays quiet for other vendors', () => {
    expect(lint(rule, { profileId: 'howspace', assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], defaultAccessUsers: 2 } })).toEqual([]);
  });

  it('stays quiet when no user has Default Access', () => {
    expect(lint(rule, { profileId: 'officespace', assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], defaultAccessUsers: 0 } })).toEqual([]);
  });
});
