import type { FilterClause } from '../../../graph/synchronization';
import type { LintContext } from '../../types';

/** An operator name without spaces and underscores, upper-cased: "Not Equals" and "NOT_EQUALS" are both NOTEQUALS. */
export const operatorKey = (operator: string) => operator.replace(/[\s_]/g, '').toUpperCase();

/** Every clause of the object mapping's scoping filter, with the name of its group. */
export function scopingClauses(ctx: LintContext): Array<{ group: string; clause: FilterClause }> {
  return (ctx.objectMapping.scope?.groups ?? []).flatMap((group) => group.clauses.map((clause) => ({ group: group.name, clause })));
}

/** How a finding names a clause, e.g. `Scoping filter "g": department NOT EQUALS "Sales"`. */
export const describeClause = (group: string, c: FilterClause) => `Scoping filter "${group}": ${c.sourceOperandName} ${c.operatorName}${c.targetOperand.values.length ? ` "${c.targetOperand.values.join('", "')}"` : ''}`;
