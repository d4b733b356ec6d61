import { describe, expect, it } from 'vitest';
import { duplicateTargetRule as rule } from '../../../../../../shared/audit/rules/mapping/duplicate-target';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('duplicate-target', () => {
  it('fires on the second mapping to the same target', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'name.givenName', source: '[displayName]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'name.givenName', message: 'name.givenName is mapped twice (from [givenName] and from [displayName]); only one value can win.' })]);
  });

  it('compares target names case-insensitively', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'Name.GivenName', source: '[displayName]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'Name.GivenName', message: 'Name.GivenName is mapped twice (from [givenName] and from [displayName]); only one value can win.' })]);
  });

  it('stays quiet when every target is mapped once', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
