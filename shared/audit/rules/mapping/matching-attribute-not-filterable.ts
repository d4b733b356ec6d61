import { profileDefinition } from '../../targets';
import type { FindingDraft, LintRule } from '../../types';
import { findingAt } from '../finding-at';
import { matchingMappings } from './matching-mappings';

export const matchingAttributeNotFilterableRule: LintRule = {
  id: 'matching-attribute-not-filterable',
  severity: 'error',
  title: 'Matching attribute cannot be filtered in the target',
  fixHint: 'Match on an attribute the target can filter on (Entra queries GET /Users?filter=<attribute> eq "<value>").',
  check: (ctx) =>
    matchingMappings(ctx).flatMap((m): FindingDraft[] => {
      const def = profileDefinition(ctx, m.mapping.targetAttributeName);
      if (!ctx.profile || !def || def.filterable) return [];
      return [{ ...findingAt(m), message: `${ctx.profile.displayName} cannot filter on ${m.mapping.targetAttributeName}, so matching on it finds nothing.` }];
    }),
};
