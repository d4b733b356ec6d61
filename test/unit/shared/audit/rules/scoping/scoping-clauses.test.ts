import { describe, expect, it } from 'vitest';
import { lintContext } from '../../../../../../shared/audit/run-audit';
import { describeClause, operatorKey, scopingClauses } from '../../../../../../shared/audit/rules/scoping/scoping-clauses';
import { schema, scopeWith } from '../../fixtures';

describe('operatorKey', () => {
  it('reads Entra\'s operator spellings as one key', () => {
    expect(['NOT EQUALS', 'Not_Equals', 'REGEX MATCH', 'Greater_Than_OR_EQUALS'].map(operatorKey)).toEqual(['NOTEQUALS', 'NOTEQUALS', 'REGEXMATCH', 'GREATERTHANOREQUALS']);
  });
});

describe('scopingClauses and describeClause', () => {
  it('lists each clause with its group and names it with its values', () => {
    const users = schema({ scope: scopeWith('department', 'NOT EQUALS', ['Sales', 'HR']) });
    const rule = users.synchronizationRules[0]!;
    const ctx = lintContext({ appName: 'Test app', templateId: 'scim', profileId: null, schema: users }, rule, rule.objectMappings[0]!);
    expect(scopingClauses(ctx).map(({ group, clause }) => describeClause(group, clause))).toEqual(['Scoping filter "g": department NOT EQUALS "Sales", "HR"']);
  });

  it('names a clause without values by its operator alone', () => {
    expect(describeClause('g', { sourceOperandName: 'manager', operatorName: 'IS NOT NULL', targetOperand: { values: [] } })).toBe('Scoping filter "g": manager IS NOT NULL');
  });
});
