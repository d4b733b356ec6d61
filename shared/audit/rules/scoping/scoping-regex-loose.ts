import type { FindingDraft, LintRule } from '../../types';
import { describeClause, operatorKey, scopingClauses } from './scoping-clauses';

export const scopingRegexLooseRule: LintRule = {
  id: 'scoping-regex-loose',
  spec: 'L14',
  severity: 'warning',
  title: 'Unanchored regex or unescaped dot in a scoping filter',
  fixHint: 'Anchor the pattern (^…$) and escape literal dots (\\.): REGEX MATCH is an unanchored .NET match.',
  check: (ctx) =>
    scopingClauses(ctx)
      .filter(({ clause }) => operatorKey(clause.operatorName).endsWith('REGEXMATCH'))
      .flatMap(({ group, clause }): FindingDraft[] =>
        clause.targetOperand.values
          .filter((p) => !(p.startsWith('^') && p.endsWith('$')) || /(^|[^\\])\.(?![*+?{])/.test(p.replace(/\[[^\]]*\]/g, '')))
          .map((p) => ({ message: `${describeClause(group, clause)}: the pattern ${p} ${!(p.startsWith('^') && p.endsWith('$')) ? 'is not anchored, so it also matches longer values' : 'has an unescaped dot, which matches any character'}.` })),
      ),
};
