import { describe, expect, it } from 'vitest';
import { matchingAttributeMissingRule as rule } from '../../../../../../shared/audit/rules/mapping/matching-attribute-missing';
import { finding, lint, replace } from '../../fixtures';

describe('matching-attribute-missing', () => {
  it('fires when no mapping is used for matching', () => {
    expect(lint(rule, { user: replace('userName', '[userPrincipalName]', { matchingPriority: 0 }) })).toEqual([finding(rule, { message: 'Users: no attribute mapping is used for matching, so Entra cannot find existing users in the target and creates duplicates or conflicts.' })]);
  });

  it('stays quiet when userName is the matching attribute', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
