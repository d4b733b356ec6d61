import type { ExprNode } from '../../../expressions';
import type { FindingDraft, LintContext, MappingUnderAudit } from '../../types';

/** Runs `each` over every mapping whose expression has a tree; mappings that do not parse are left to expression-parse-error. */
export const perMapping = (ctx: LintContext, each: (m: MappingUnderAudit, ast: ExprNode) => FindingDraft[]): FindingDraft[] => ctx.mappings.flatMap((m) => (m.ast ? each(m, m.ast) : []));
