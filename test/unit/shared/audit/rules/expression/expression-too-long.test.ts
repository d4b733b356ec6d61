import { describe, expect, it } from 'vitest';
import { expressionTooLongRule as rule } from '../../../../../../shared/audit/rules/expression/expression-too-long';
import { finding, lint, replace } from '../../fixtures';

describe('expression-too-long', () => {
  it('fires on an expression over 10,000 characters', () => {
    expect(lint(rule, { user: replace('name.givenName', `Append([givenName], "${'x'.repeat(10_000)}")`) })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', message: 'name.givenName: the expression has 10023 characters.' })]);
  });

  it('stays quiet on short expressions', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
