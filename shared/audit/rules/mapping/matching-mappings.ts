import type { LintContext, MappingUnderAudit } from '../../types';

/** The mappings Entra matches objects on (matching precedence 1, 2, …). */
export const matchingMappings = (ctx: LintContext): MappingUnderAudit[] => ctx.mappings.filter((m) => m.mapping.matchingPriority > 0);
