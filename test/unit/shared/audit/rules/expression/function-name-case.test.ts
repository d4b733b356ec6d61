import { describe, expect, it } from 'vitest';
import { functionNameCaseRule as rule } from '../../../../../../shared/audit/rules/expression/function-name-case';
import { finding, lint, replace } from '../../fixtures';

describe('function-name-case', () => {
  it('fires on a function name in other casing', () => {
    expect(lint(rule, { user: replace('name.givenName', 'toUpper([givenName])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 0, end: 7, message: 'name.givenName: function toUpper is spelled ToUpper in the documentation.' })]);
  });

  it('stays quiet on the documented casing', () => {
    expect(lint(rule, { user: replace('name.givenName', 'ToUpper([givenName])') })).toEqual([]);
  });
});
