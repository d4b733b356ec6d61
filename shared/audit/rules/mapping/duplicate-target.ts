import type { FindingDraft, LintRule, MappingUnderAudit } from '../../types';
import { findingAt } from '../finding-at';

export const duplicateTargetRule: LintRule = {
  id: 'duplicate-target',
  severity: 'error',
  title: 'Two mappings write the same target attribute',
  fixHint: 'Delete one of the mappings (combine the sources with Coalesce if you need a fallback).',
  check: (ctx) => {
    const seen = new Map<string, MappingUnderAudit>();
    return ctx.mappings.flatMap((m): FindingDraft[] => {
      const key = m.mapping.targetAttributeName.toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, m);
        return [];
      }
      return [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} is mapped twice (from ${first.expression ?? 'nothing'} and from ${m.expression ?? 'nothing'}); only one value can win.` }];
    });
  },
};
