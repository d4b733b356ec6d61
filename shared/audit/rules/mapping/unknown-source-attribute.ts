import { closestName } from '../../../expressions';
import type { LintRule } from '../../types';
import { attributeRefs } from '../../walk';
import { findingAt } from '../finding-at';

export const unknownSourceAttributeRule: LintRule = {
  id: 'unknown-source-attribute',
  severity: 'error',
  title: 'Source attribute unknown to the source directory',
  fixHint: 'Fix the attribute name (names of directory extensions are case-sensitive).',
  check: (ctx) => {
    const names = ctx.sourceObject?.attributes.map((a) => a.name) ?? [];
    const graph = ctx.graphUnreadableSources;
    if (names.length === 0 && !graph?.size) return [];
    return ctx.mappings.flatMap((m) =>
      attributeRefs(m.ast)
        .filter((ref) => (names.length > 0 && !names.includes(ref.name)) || graph?.has(ref.name))
        .map((ref) => {
          const reason = graph?.get(ref.name);
          if (reason && names.includes(ref.name)) {
            return {
              ...findingAt(m),
              start: ref.start,
              end: ref.end,
              message: `${m.mapping.targetAttributeName}: Microsoft Graph cannot return [${ref.name}] (${reason}), so the tenant read left it out and it evaluates to null here.`,
              fixHint: `Check that [${ref.name}] still exists in the tenant, or map another attribute.`,
            };
          }
          const caseMatch = names.find((n) => n.toLowerCase() === ref.name.toLowerCase());
          const hint = caseMatch ?? closestName(ref.name, names);
          return {
            ...findingAt(m),
            start: ref.start,
            end: ref.end,
            message: `${m.mapping.targetAttributeName}: [${ref.name}] is not an attribute of the source ${ctx.objectKind}${hint ? ` — did you mean [${hint}]?` : ''}; it always evaluates to null.${reason ? ` Microsoft Graph cannot return it either (${reason}).` : ''}`,
            ...(hint ? { fixHint: `Replace [${ref.name}] with [${hint}].` } : {}),
          };
        }),
    );
  },
};
