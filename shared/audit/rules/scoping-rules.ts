import type { FilterClause } from '../../graph/synchronization';
import { sourceDefinition } from '../targets';
import type { FindingDraft, LintContext, LintRule } from '../types';

const key = (operator: string) => operator.replace(/[\s_]/g, '').toUpperCase();
const UNSUPPORTED = new Set(['manager', 'members', 'appRoleAssignments', 'userType', 'proxyAddresses', 'otherMails', 'accountExpires', 'employeeHireDate']);

function clauses(ctx: LintContext): Array<{ group: string; clause: FilterClause }> {
  return (ctx.objectMapping.scope?.groups ?? []).flatMap((group) => group.clauses.map((clause) => ({ group: group.name, clause })));
}

const describe = (group: string, c: FilterClause) => `Scoping filter "${group}": ${c.sourceOperandName} ${c.operatorName}${c.targetOperand.values.length ? ` "${c.targetOperand.values.join('", "')}"` : ''}`;

export const SCOPING_RULES: LintRule[] = [
  {
    id: 'scoping-null-excluded',
    spec: 'L14',
    severity: 'warning',
    title: 'NOT EQUALS / NOT REGEX MATCH excludes objects without a value',
    fixHint: 'Scoping clauses are false for empty values: add an OR group with "IS NULL" if those objects should stay in scope.',
    check: (ctx) =>
      clauses(ctx)
        .filter(({ clause }) => ['NOTEQUALS', 'NOTREGEXMATCH'].includes(key(clause.operatorName)))
        .map(({ group, clause }) => ({ message: `${describe(group, clause)} also leaves out every object whose ${clause.sourceOperandName} is empty.` })),
  },
  {
    id: 'scoping-regex-loose',
    spec: 'L14',
    severity: 'warning',
    title: 'Unanchored regex or unescaped dot in a scoping filter',
    fixHint: 'Anchor the pattern (^…$) and escape literal dots (\\.): REGEX MATCH is an unanchored .NET match.',
    check: (ctx) =>
      clauses(ctx)
        .filter(({ clause }) => key(clause.operatorName).endsWith('REGEXMATCH'))
        .flatMap(({ group, clause }): FindingDraft[] =>
          clause.targetOperand.values
            .filter((p) => !(p.startsWith('^') && p.endsWith('$')) || /(^|[^\\])\.(?![*+?{])/.test(p.replace(/\[[^\]]*\]/g, '')))
            .map((p) => ({ message: `${describe(group, clause)}: the pattern ${p} ${!(p.startsWith('^') && p.endsWith('$')) ? 'is not anchored, so it also matches longer values' : 'has an unescaped dot, which matches any character'}.` })),
        ),
  },
  {
    id: 'scoping-unsupported',
    spec: 'L13',
    severity: 'error',
    title: 'Scoping clause Entra does not support',
    fixHint: 'Scope on single-valued string, integer or Boolean attributes; IS TRUE/IS FALSE need a Boolean, Greater_Than an integer.',
    check: (ctx) =>
      clauses(ctx).flatMap(({ group, clause }): FindingDraft[] => {
        const def = sourceDefinition(ctx, clause.sourceOperandName);
        const op = key(clause.operatorName);
        if (UNSUPPORTED.has(clause.sourceOperandName) || def?.multivalued || def?.type === 'Reference' || def?.type === 'DateTime') {
          return [{ message: `${describe(group, clause)}: ${clause.sourceOperandName} cannot be used in scoping filters.` }];
        }
        if ((op === 'ISTRUE' || op === 'ISFALSE') && def && def.type !== 'Boolean') return [{ message: `${describe(group, clause)}: ${clause.sourceOperandName} is ${def.type}, not Boolean.` }];
        if (op.startsWith('GREATERTHAN') && clause.targetOperand.values.some((v) => !/^-?\d+$/.test(v))) return [{ message: `${describe(group, clause)}: Greater_Than needs an integer operand.` }];
        return [];
      }),
  },
];
