import type { ExprNode } from '../../../expressions';
import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const dateWithoutCdateRule: LintRule = {
  id: 'date-without-cdate',
  spec: 'L09',
  severity: 'warning',
  title: 'Date argument not converted with CDate',
  fixHint: 'Wrap date text in CDate(…) (or use Now()) before DateAdd/DateDiff.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      [...calls(ast, 'DateAdd').map((c) => [c, [2]] as const), ...calls(ast, 'DateDiff').map((c) => [c, [1, 2]] as const)].flatMap(([c, slots]) =>
        slots
          .map((i) => c.args[i])
          .filter((arg): arg is ExprNode => Boolean(arg) && !(arg!.kind === 'call' && /^(CDate|Now|DateAdd|DateFromNum)$/i.test(arg!.name)))
          .map((arg) => ({ ...findingAt(m, arg), message: `${m.mapping.targetAttributeName}: ${c.name} expects a DateTime here; this argument is text.` })),
      ),
    ),
};
