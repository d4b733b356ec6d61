import type { LintRule } from '../../types';
import { matchingMappings } from './matching-mappings';

export const matchingAttributeMissingRule: LintRule = {
  id: 'matching-attribute-missing',
  severity: 'error',
  title: 'No matching attribute',
  fixHint: 'Edit the mapping you match on (usually userName or externalId) and set "Match objects using this attribute" with precedence 1.',
  check: (ctx) =>
    ctx.objectMapping.enabled !== false && ctx.mappings.length > 0 && matchingMappings(ctx).length === 0
      ? [{ message: `${ctx.objectMapping.name}: no attribute mapping is used for matching, so Entra cannot find existing ${ctx.objectKind.toLowerCase()}s in the target and creates duplicates or conflicts.` }]
      : [],
};
