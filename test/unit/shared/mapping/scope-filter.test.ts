import { describe, expect, it } from 'vitest';
import type { FilterClause } from '../../../../shared/graph/synchronization';
import { clauseMatches, inScope } from '../../../../shared/mapping/scope-filter';

const clause = (sourceOperandName: string, operatorName: string, ...values: string[]): FilterClause => ({ sourceOperandName, operatorName, targetOperand: { values } });

describe('scoping filters (spec §7.4 table)', () => {
  it.each([
    [clause('department', 'EQUALS', 'Sales'), { department: 'Sales' }, true],
    [clause('department', 'EQUALS', 'Sales'), { department: 'sales' }, false],
    [clause('department', 'EQUALS', 'Sales'), {}, false],
    [clause('department', 'NOT EQUALS', 'Sales'), { department: 'Marketing' }, true],
    [clause('department', 'NOT EQUALS', 'Sales'), {}, false],
    [clause('jobTitle', 'IS NOT NULL'), { jobTitle: '' }, false],
    [clause('jobTitle', 'IS NULL'), {}, true],
    [clause('accountEnabled', 'IS TRUE'), { accountEnabled: 'True' }, true],
    [clause('userPrincipalName', 'REGEX MATCH', '.*@contoso\\.com'), { userPrincipalName: 'a@contoso.com.evil.net' }, true],
    [clause('userPrincipalName', 'NOT REGEX MATCH', '.*@contoso\\.com'), {}, false],
    [clause('employeeId', 'Greater_Than', '1000'), { employeeId: '999' }, false],
    [clause('department', 'Includes', 'Eng'), { department: 'engineering' }, false],
    [clause('department', 'ENDS_WITH', 'ing'), { department: 'Engineering' }, true],
  ] as const)('%o on %o → %s', (c, source, expected) => {
    expect(clauseMatches(c, source)).toBe(expected);
  });

  it('ORs groups and ANDs clauses', () => {
    const scope = {
      groups: [
        { name: 'a', clauses: [clause('state', 'EQUALS', 'NY'), clause('department', 'EQUALS', 'Engineering')] },
        { name: 'b', clauses: [clause('dirSyncEnabled', 'IS TRUE')] },
      ],
      inputFilterGroups: [],
      categoryFilterGroups: [],
    };
    expect(inScope(scope, { state: 'NY', department: 'Sales', dirSyncEnabled: 'True' })).toBe(true);
    expect(inScope(scope, { state: 'NY', department: 'Sales', dirSyncEnabled: 'False' })).toBe(false);
    expect(inScope(null, {})).toBe(true);
  });
});
