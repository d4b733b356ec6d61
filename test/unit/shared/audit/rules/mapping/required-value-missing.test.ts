import { describe, expect, it } from 'vitest';
import { requiredValueMissingRule as rule } from '../../../../../../shared/audit/rules/mapping/required-value-missing';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('required-value-missing', () => {
  it('fires when a user has no value in the matching attribute', () => {
    expect(lint(rule, { users: [{ userPrincipalName: 'a@x', IsSoftDeleted: 'False' }, { IsSoftDeleted: 'False' }] })).toEqual([finding(rule, { mappingIndex: 0, targetAttributeName: 'userName', message: '1 of 2 user(s) in scope have no value in any matching attribute (userName), so Entra cannot match them.' })]);
  });

  it('counts only users with no value in any matching attribute', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'emails[type eq "work"].value', source: '[mail]', matchingPriority: 2 }], users: [{ mail: 'a@x' }, { userPrincipalName: 'b@x' }, {}] })).toEqual([finding(rule, { mappingIndex: 0, targetAttributeName: 'userName', message: '1 of 3 user(s) in scope have no value in any matching attribute (userName, emails[type eq "work"].value), so Entra cannot match them.' })]);
  });

  it('stays quiet when every user has a value to match on', () => {
    expect(lint(rule, { users: [{ userPrincipalName: 'a@x' }] })).toEqual([]);
  });
});
