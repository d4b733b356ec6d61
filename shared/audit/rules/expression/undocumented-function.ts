import { functionByName } from '../../../expressions';
import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const undocumentedFunctionRule: LintRule = {
  id: 'undocumented-function',
  spec: 'L19',
  severity: 'warning',
  title: 'Undocumented or Cloud-Sync-only function',
  fixHint: 'Prefer documented functions; undocumented ones may not be accepted by the provisioning service for this app.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      calls(ast)
        .map((call) => ({ call, def: functionByName(call.name) }))
        .filter(({ def }) => def && def.status !== 'documented')
        .map(({ call, def }) => ({ ...findingAt(m, { start: call.start, end: call.nameEnd }), message: `${m.mapping.targetAttributeName}: ${def!.name} is ${def!.status === 'cloud-sync' ? 'documented only for Cloud Sync' : 'not in the function reference'}.` })),
    ),
};
