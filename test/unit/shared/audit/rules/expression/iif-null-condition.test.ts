import { describe, expect, it } from 'vitest';
import { iifNullConditionRule as rule } from '../../../../../../shared/audit/rules/expression/iif-null-condition';
import { finding, lint, replace } from '../../fixtures';

describe('iif-null-condition', () => {
  it('fires on an IIF condition that calls IsNullOrEmpty', () => {
    expect(lint(rule, { user: replace('name.givenName', 'IIF(IsNullOrEmpty([givenName]), "x", [givenName])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 4, end: 30, message: 'name.givenName: this IIF condition tests for a missing or empty value, which Entra documents as unsupported.' })]);
  });

  it('fires on an IIF condition that compares with the empty string', () => {
    expect(lint(rule, { user: replace('name.givenName', 'IIF([givenName] = "", "x", [givenName])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 4, end: 20, message: 'name.givenName: this IIF condition tests for a missing or empty value, which Entra documents as unsupported.' })]);
  });

  it('stays quiet on an IIF condition that compares with a value', () => {
    expect(lint(rule, { user: replace('name.givenName', 'IIF([givenName] = "A", "x", [givenName])') })).toEqual([]);
  });
});
