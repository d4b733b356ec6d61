import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const itemIndexZeroRule: LintRule = {
  id: 'item-index-zero',
  spec: 'L09',
  severity: 'warning',
  title: 'Item index 0',
  fixHint: 'Item is 1-based: use 1 for the first value.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      calls(ast, 'Item')
        .filter((c) => c.args[1]?.kind === 'number' && Number(c.args[1].text) === 0)
        .map((c) => ({ ...findingAt(m, c.args[1]!), message: `${m.mapping.targetAttributeName}: Item(…, 0) is out of range (the index is 1-based).` })),
    ),
};
