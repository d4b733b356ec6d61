import { describe, expect, it } from 'vitest';
import { matchingDefaultValueRule as rule } from '../../../../../../shared/audit/rules/mapping/matching-default-value';
import { finding, lint, replace } from '../../fixtures';

describe('matching-default-value', () => {
  it('fires on a matching attribute with a default value', () => {
    expect(lint(rule, { user: replace('userName', '[userPrincipalName]', { matchingPriority: 1, defaultValue: 'x@y' }) })).toEqual([finding(rule, { mappingIndex: 0, targetAttributeName: 'userName', message: 'userName is a matching attribute with the default value "x@y".' })]);
  });

  it('stays quiet on a default value of an attribute not used for matching', () => {
    expect(lint(rule, { user: replace('name.givenName', '[givenName]', { defaultValue: 'Unknown' }) })).toEqual([]);
  });
});
