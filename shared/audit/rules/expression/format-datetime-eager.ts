import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const formatDatetimeEagerRule: LintRule = {
  id: 'format-datetime-eager',
  spec: 'L18',
  severity: 'warning',
  title: 'FormatDateTime on an attribute that may not hold a date',
  fixHint: 'Functions evaluate eagerly: FormatDateTime fails even in an IIF branch not taken. Move the IIF inside FormatDateTime.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      calls(ast, 'IIF').flatMap((iif) => [iif.args[1], iif.args[2]].flatMap((branch) => calls(branch ?? null, 'FormatDateTime').map((f) => ({ ...findingAt(m, f), message: `${m.mapping.targetAttributeName}: FormatDateTime inside an IIF branch still runs for every object.` })))),
    ),
};
