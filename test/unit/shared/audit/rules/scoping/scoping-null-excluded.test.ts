import { describe, expect, it } from 'vitest';
import { scopingNullExcludedRule as rule } from '../../../../../../shared/audit/rules/scoping/scoping-null-excluded';
import { finding, lint, scopeWith } from '../../fixtures';

describe('scoping-null-excluded', () => {
  it('fires on NOT EQUALS', () => {
    expect(lint(rule, { scope: scopeWith('department', 'NOT EQUALS', ['Sales']) })).toEqual([finding(rule, { message: 'Scoping filter "g": department NOT EQUALS "Sales" also leaves out every object whose department is empty.' })]);
  });

  it('stays quiet on EQUALS', () => {
    expect(lint(rule, { scope: scopeWith('department', 'EQUALS', ['Sales']) })).toEqual([]);
  });
});
