import { CompiledObjectMapping } from '../../../mapping/evaluate-mapping';
import { profileDefinition, targetDefinition } from '../../targets';
import type { FindingDraft, LintRule, MappingUnderAudit } from '../../types';
import { findingAt } from '../finding-at';
import { matchingMappings } from './matching-mappings';

export const requiredValueMissingRule: LintRule = {
  id: 'required-value-missing',
  severity: 'error',
  title: 'Required or matching attribute is empty for some objects',
  fixHint: 'Use a source every object has (e.g. userPrincipalName), or Coalesce with a fallback.',
  check: (ctx) => {
    if (ctx.sampleObjects.length === 0 || ctx.objectMapping.enabled === false) return [];
    const compiled = new CompiledObjectMapping({ attributeMappings: ctx.mappings.map((m) => m.mapping) });
    const matchers = matchingMappings(ctx);
    const required = ctx.mappings.filter(
      (m) => m.mapping.matchingPriority === 0 && (targetDefinition(ctx, m.mapping.targetAttributeName)?.required || profileDefinition(ctx, m.mapping.targetAttributeName)?.required),
    );
    if (matchers.length === 0 && required.length === 0) return [];
    const missing = new Map<number, number>();
    let unmatchable = 0;
    for (const object of ctx.sampleObjects) {
      const outcomes = compiled.evaluate(object, { operation: 'create' });
      const empty = (m: MappingUnderAudit) => outcomes[m.index]?.status === 'skipped-null';
      for (const m of required) if (empty(m)) missing.set(m.index, (missing.get(m.index) ?? 0) + 1);
      // Entra needs a value in at least one matching attribute, not in all of them.
      if (matchers.length > 0 && matchers.every(empty)) unmatchable++;
    }
    const n = ctx.sampleObjects.length;
    const kind = ctx.objectKind.toLowerCase();
    const drafts: FindingDraft[] = required
      .filter((m) => missing.has(m.index))
      .map((m) => ({ ...findingAt(m), message: `${m.mapping.targetAttributeName} is required but evaluates to null for ${missing.get(m.index)} of ${n} ${kind}(s) in scope, so creating them fails.` }));
    if (unmatchable > 0) {
      const first = [...matchers].sort((a, b) => a.mapping.matchingPriority - b.mapping.matchingPriority)[0]!;
      drafts.push({ ...findingAt(first), message: `${unmatchable} of ${n} ${kind}(s) in scope have no value in any matching attribute (${matchers.map((m) => m.mapping.targetAttributeName).join(', ')}), so Entra cannot match them.` });
    }
    return drafts;
  },
};
