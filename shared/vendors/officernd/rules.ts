import { mappingsTo } from '../../audit/targets';
import type { LintRule } from '../../audit/types';

export const OFFICERND_RULES: readonly LintRule[] = [
  {
    id: 'officernd-external-id',
    severity: 'error',
    title: 'OfficeRnD: externalId must come from objectId and be the matching attribute',
    fixHint: 'Map [objectId] → externalId with matching precedence 1 (OfficeRnD matches on it and never changes it).',
    check: (ctx) => {
      if (ctx.profile?.id !== 'officernd' || ctx.objectMapping.enabled === false) return [];
      const external = mappingsTo(ctx, 'externalId');
      const good = external.find((m) => m.ast?.kind === 'attribute' && m.ast.name === 'objectId');
      if (!good) return [{ targetAttributeName: 'externalId', message: `OfficeRnD expects objectId → externalId for ${ctx.objectKind.toLowerCase()}s; ${external.length ? `externalId comes from ${external[0]!.expression}` : 'externalId is not mapped'}.` }];
      if (good.mapping.matchingPriority !== 1) return [{ mappingIndex: good.index, targetAttributeName: 'externalId', message: 'OfficeRnD matches on externalId, but it is not the first matching attribute.' }];
      return [];
    },
  },
];
