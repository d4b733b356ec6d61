import { describe, expect, it } from 'vitest';
import { ignoreFlowNestedRule as rule } from '../../../../../../shared/audit/rules/expression/ignore-flow-nested';
import { finding, lint, replace } from '../../fixtures';

describe('ignore-flow-nested', () => {
  it('fires on IgnoreFlowIfNullOrEmpty inside another function', () => {
    expect(lint(rule, { user: replace('name.givenName', 'ToUpper(IgnoreFlowIfNullOrEmpty([givenName]))') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 8, end: 44, message: 'name.givenName: IgnoreFlowIfNullOrEmpty is nested inside another function.' })]);
  });

  it('stays quiet on IgnoreFlowIfNullOrEmpty at the top level', () => {
    expect(lint(rule, { user: replace('name.givenName', 'IgnoreFlowIfNullOrEmpty(ToUpper([givenName]))') })).toEqual([]);
  });
});
