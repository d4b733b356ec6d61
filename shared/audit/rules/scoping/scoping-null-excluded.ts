import type { LintRule } from '../../types';
import { describeClause, operatorKey, scopingClauses } from './scoping-clauses';

export const scopingNullExcludedRule: LintRule = {
  id: 'scoping-null-excluded',
  spec: 'L14',
  severity: 'warning',
  title: 'NOT EQUALS / NOT REGEX MATCH excludes objects without a value',
  fixHint: 'Scoping clauses are false for empty values: add an OR group with "IS NULL" if those objects should stay in scope.',
  check: (ctx) =>
    scopingClauses(ctx)
      .filter(({ clause }) => ['NOTEQUALS', 'NOTREGEXMATCH'].includes(operatorKey(clause.operatorName)))
      .map(({ group, clause }) => ({ message: `${describeClause(group, clause)} also leaves out every object whose ${clause.sourceOperandName} is empty.` })),
};
