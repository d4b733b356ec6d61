import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const switchOnReferenceRule: LintRule = {
  id: 'switch-on-reference',
  spec: 'L12',
  severity: 'warning',
  title: 'Switch on a reference attribute',
  fixHint: 'Do not use Switch on reference attributes such as manager; map the reference directly.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      calls(ast, 'Switch')
        .filter((c) => c.args[0]?.kind === 'attribute' && (c.args[0].name === 'manager' || ctx.sourceObject?.attributes.find((a) => a.name === (c.args[0] as { name: string }).name)?.type === 'Reference'))
        .map((c) => ({ ...findingAt(m, c.args[0]!), message: `${m.mapping.targetAttributeName}: Switch on the reference attribute [${(c.args[0] as { name: string }).name}].` })),
    ),
};
