import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const switchOnPresenceRule: LintRule = {
  id: 'switch-on-presence',
  spec: 'L04',
  severity: 'warning',
  title: 'IsPresent/IsNull/IsNullOrEmpty used as a Switch source',
  fixHint: 'Switch on the attribute itself and use a "" key for the empty case: Switch([x], [x], "", "default").',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      calls(ast, 'Switch')
        .filter((c) => c.args[0]?.kind === 'call' && /^(IsPresent|IsNull|IsNullOrEmpty)$/i.test(c.args[0].name))
        .map((c) => ({ ...findingAt(m, c.args[0]!), message: `${m.mapping.targetAttributeName}: Switch's source is ${(c.args[0] as { name: string }).name}(…), which the documentation warns against.` })),
    ),
};
