import type { LintRule } from '../../types';
import { findingAt } from '../finding-at';

export const defaultValueCreateOnlyRule: LintRule = {
  id: 'default-value-create-only',
  spec: 'L16',
  severity: 'info',
  title: 'Default value applies on create only',
  fixHint: 'Expect the default only on creates; updates never send it. Use Coalesce([x], "default") to apply it always.',
  check: (ctx) =>
    ctx.mappings
      .filter((m) => m.mapping.defaultValue && m.mapping.matchingPriority === 0)
      .map((m) => ({ ...findingAt(m), message: `${m.mapping.targetAttributeName} gets "${m.mapping.defaultValue}" only when the object is created and the source is null.` })),
};
