import { mappingsTo } from '../../targets';
import type { LintRule } from '../../types';

export const requiredTargetUnmappedRule: LintRule = {
  id: 'required-target-unmapped',
  severity: 'error',
  title: 'Required target attribute is not mapped',
  fixHint: 'Add a mapping for the required attribute, or the target rejects every create.',
  check: (ctx) => {
    if (ctx.objectMapping.enabled === false) return [];
    const required = new Set<string>();
    for (const a of ctx.targetObject?.attributes ?? []) if (a.required) required.add(a.name);
    for (const a of ctx.profileResource?.schema.attributes ?? []) if (a.required && a.mutability !== 'readOnly') required.add(a.name);
    return [...required]
      .filter((name) => mappingsTo(ctx, name).length === 0 && !ctx.mappings.some((m) => m.mapping.targetAttributeName.toLowerCase().startsWith(`${name.toLowerCase()}.`)))
      .map((name) => ({ targetAttributeName: name, message: `${name} is required by the target but no mapping provides it.` }));
  },
};
