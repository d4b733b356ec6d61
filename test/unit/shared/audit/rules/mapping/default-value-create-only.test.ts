import { describe, expect, it } from 'vitest';
import { defaultValueCreateOnlyRule as rule } from '../../../../../../shared/audit/rules/mapping/default-value-create-only';
import { finding, lint, replace } from '../../fixtures';

describe('default-value-create-only', () => {
  it('fires on a default value of an attribute not used for matching', () => {
    expect(lint(rule, { user: replace('name.givenName', '[givenName]', { defaultValue: 'Unknown' }) })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', message: 'name.givenName gets "Unknown" only when the object is created and the source is null.' })]);
  });

  it('leaves the default value of a matching attribute to matching-default-value', () => {
    expect(lint(rule, { user: replace('userName', '[userPrincipalName]', { matchingPriority: 1, defaultValue: 'x@y' }) })).toEqual([]);
  });
});
