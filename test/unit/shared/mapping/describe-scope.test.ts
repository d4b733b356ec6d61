import { describe, expect, it } from 'vitest';
import { describeClause, describeScope } from '../../../../shared/mapping/describe-scope';

describe('describeClause', () => {
  it('words binary operators with their values quoted', () => {
    expect(describeClause({ sourceOperandName: 'department', operatorName: 'EQUALS', targetOperand: { values: ['Sales'] } })).toBe('department equals "Sales"');
    expect(describeClause({ sourceOperandName: 'mail', operatorName: 'ENDS_WITH', targetOperand: { values: ['@contoso.com'] } })).toBe('mail ends with "@contoso.com"');
    expect(describeClause({ sourceOperandName: 'level', operatorName: 'Greater_Than_OR_EQUALS', targetOperand: { values: ['3'] } })).toBe('level is greater than or equal to "3"');
  });

  it('words unary operators without values, whatever their spelling', () => {
    expect(describeClause({ sourceOperandName: 'accountEnabled', operatorName: 'IS TRUE' })).toBe('accountEnabled is true');
    expect(describeClause({ sourceOperandName: 'employeeId', operatorName: 'IS_NOT_NULL' })).toBe('employeeId is not empty');
  });

  it('lists several values and keeps unknown operators verbatim', () => {
    expect(describeClause({ sourceOperandName: 'country', operatorName: 'EQUALS', targetOperand: { values: ['FI', 'SE'] } })).toBe('country equals any of "FI", "SE"');
    expect(describeClause({ sourceOperandName: 'x', operatorName: 'FUTURE_OP', targetOperand: { values: ['1'] } })).toBe('x FUTURE_OP "1"');
  });
});

describe('describeScope', () => {
  it('keeps one entry per filter group, naming unnamed groups', () => {
    const words = describeScope([
      { name: 'Sales users', clauses: [{ sourceOperandName: 'department', operatorName: 'EQUALS', targetOperand: { values: ['Sales'] } }] },
      { name: '', clauses: [] },
    ]);
    expect(words).toEqual([
      { name: 'Sales users', clauses: ['department equals "Sales"'] },
      { name: 'Scoping filter 2', clauses: [] },
    ]);
    expect(describeScope(null)).toEqual([]);
  });
});
