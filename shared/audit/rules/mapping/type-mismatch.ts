import { sourceDefinition, targetDefinition } from '../../targets';
import type { FindingDraft, LintRule } from '../../types';
import { findingAt } from '../finding-at';

export const typeMismatchRule: LintRule = {
  id: 'type-mismatch',
  severity: 'warning',
  title: 'Source and target types differ',
  fixHint: 'Convert the value explicitly (e.g. Switch for Boolean, CStr for text) or map a source of the target type.',
  check: (ctx) =>
    ctx.mappings.flatMap((m): FindingDraft[] => {
      if (m.ast?.kind !== 'attribute') return [];
      const source = sourceDefinition(ctx, m.ast.name);
      const target = targetDefinition(ctx, m.mapping.targetAttributeName);
      if (!source || !target) return [];
      const ref = (t: string) => t === 'Reference';
      if (ref(source.type) !== ref(target.type)) {
        return [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} (${target.type}) is mapped from [${source.name}] (${source.type}).` }];
      }
      if (source.multivalued && !target.multivalued) {
        return [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} is single-valued but [${source.name}] is multi-valued; use Item or Join.` }];
      }
      if (target.type === 'Boolean' && source.type !== 'Boolean') {
        return [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} is Boolean but [${source.name}] is ${source.type}.` }];
      }
      return [];
    }),
};
