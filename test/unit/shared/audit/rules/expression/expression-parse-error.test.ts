import { describe, expect, it } from 'vitest';
import { expressionParseErrorRule as rule } from '../../../../../../shared/audit/rules/expression/expression-parse-error';
import { finding, lint, replace } from '../../fixtures';

describe('expression-parse-error', () => {
  it('fires at the position where the expression stops parsing', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Left([givenName], 1') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 4, end: 5, message: "name.givenName: missing ')' to close Left(" })]);
  });

  it('leaves an expression that is only too long to expression-too-long', () => {
    expect(lint(rule, { user: replace('name.givenName', `Append([givenName], "${'x'.repeat(10_000)}")`) })).toEqual([]);
  });
});
