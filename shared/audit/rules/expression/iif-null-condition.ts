import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const iifNullConditionRule: LintRule = {
  id: 'iif-null-condition',
  spec: 'L03',
  severity: 'warning',
  title: 'IIF condition tests for null or empty',
  fixHint: 'IIF conditions on null/empty attributes "fail"; use Switch([x], [x], "", "Other") instead.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      calls(ast, 'IIF')
        .filter((c) => {
          const cond = c.args[0];
          if (!cond) return false;
          if (cond.kind === 'call' && /^(IsPresent|IsNull|IsNullOrEmpty)$/i.test(cond.name)) return true;
          return cond.kind === 'compare' && [cond.left, cond.right].some((s) => s.kind === 'string' && s.value === '');
        })
        .map((c) => ({ ...findingAt(m, c.args[0]!), message: `${m.mapping.targetAttributeName}: this IIF condition tests for a missing or empty value, which Entra documents as unsupported.` })),
    ),
};
