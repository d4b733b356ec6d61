import { mappingsTo, profileDefinition, targetDefinition } from '../../targets';
import type { LintRule } from '../../types';
import { attributeRefs } from '../../walk';
import { findingAt } from '../finding-at';

export const activeNotFromSoftDeleteRule: LintRule = {
  id: 'active-not-from-soft-delete',
  spec: 'L15',
  severity: 'error',
  title: 'active is not derived from IsSoftDeleted',
  fixHint: 'Map active from Switch([IsSoftDeleted], , "False", "True", "True", "False") (or Not([IsSoftDeleted])): IsSoftDeleted is what turns unassigned, out-of-scope and deleted users into active=false.',
  check: (ctx) => {
    if (ctx.objectKind !== 'User' || ctx.objectMapping.enabled === false) return [];
    const active = mappingsTo(ctx, 'active');
    if (active.length === 0) {
      const target = targetDefinition(ctx, 'active') ?? profileDefinition(ctx, 'active');
      return target ? [{ targetAttributeName: 'active', message: 'Nothing is mapped to active, so users removed from the app are never disabled in the target.' }] : [];
    }
    return active
      .filter((m) => !attributeRefs(m.ast).some((ref) => ref.name === 'IsSoftDeleted'))
      .map((m) => ({ ...findingAt(m), message: `active is mapped from ${m.expression ?? 'nothing'}, which ignores IsSoftDeleted: unassigned and out-of-scope users stay active in the target.` }));
  },
};
