import { profileDefinition } from '../../targets';
import type { LintRule } from '../../types';

export const targetUnknownToProfileRule: LintRule = {
  id: 'target-unknown-to-profile',
  severity: 'warning',
  title: 'Target attribute the vendor does not support',
  fixHint: 'Delete the mapping (vendor guides ask to remove irrelevant mappings) or check the attribute name.',
  check: (ctx) =>
    ctx.profileResource && ctx.objectMapping.enabled !== false
      ? ctx.mappings
          .filter((m) => !profileDefinition(ctx, m.mapping.targetAttributeName))
          .map((m) => ({ mappingIndex: m.index, targetAttributeName: m.mapping.targetAttributeName, message: `${ctx.profile!.displayName} has no ${m.mapping.targetAttributeName} attribute for ${ctx.objectKind.toLowerCase()}s; the value is ignored or rejected.` }))
      : [],
};
