import { describe, expect, it } from 'vitest';
import { scopingUnsupportedRule as rule } from '../../../../../../shared/audit/rules/scoping/scoping-unsupported';
import { finding, lint, scopeWith } from '../../fixtures';

describe('scoping-unsupported', () => {
  it('fires on a reference attribute', () => {
    expect(lint(rule, { scope: scopeWith('manager', 'IS NOT NULL') })).toEqual([finding(rule, { message: 'Scoping filter "g": manager IS NOT NULL: manager cannot be used in scoping filters.' })]);
  });

  it('fires on IS TRUE over a text attribute', () => {
    expect(lint(rule, { scope: scopeWith('department', 'IS TRUE') })).toEqual([finding(rule, { message: 'Scoping filter "g": department IS TRUE: department is String, not Boolean.' })]);
  });

  it('fires on Greater_Than with a non-integer operand', () => {
    expect(lint(rule, { scope: scopeWith('employeeId', 'Greater_Than', ['abc']) })).toEqual([finding(rule, { message: 'Scoping filter "g": employeeId Greater_Than "abc": Greater_Than needs an integer operand.' })]);
  });

  it('stays quiet on IS TRUE over a Boolean', () => {
    expect(lint(rule, { scope: scopeWith('accountEnabled', 'IS TRUE') })).toEqual([]);
  });
});
