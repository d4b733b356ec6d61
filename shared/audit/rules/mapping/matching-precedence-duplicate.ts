import type { FindingDraft, LintRule, MappingUnderAudit } from '../../types';
import { findingAt } from '../finding-at';
import { matchingMappings } from './matching-mappings';

export const matchingPrecedenceDuplicateRule: LintRule = {
  id: 'matching-precedence-duplicate',
  spec: 'L17',
  severity: 'warning',
  title: 'Two matching attributes share a precedence',
  fixHint: 'Give each matching attribute its own precedence (1, 2, …).',
  check: (ctx) => {
    const seen = new Map<number, MappingUnderAudit>();
    return matchingMappings(ctx).flatMap((m): FindingDraft[] => {
      const first = seen.get(m.mapping.matchingPriority);
      seen.set(m.mapping.matchingPriority, first ?? m);
      return first ? [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} and ${first.mapping.targetAttributeName} both have matching precedence ${m.mapping.matchingPriority}.` }] : [];
    });
  },
};
