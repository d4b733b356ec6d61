import { sourceDefinition } from '../../targets';
import type { FindingDraft, LintRule } from '../../types';
import { describeClause, operatorKey, scopingClauses } from './scoping-clauses';

const UNSUPPORTED = new Set(['manager', 'members', 'appRoleAssignments', 'userType', 'proxyAddresses', 'otherMails', 'accountExpires', 'employeeHireDate']);

export const scopingUnsupportedRule: LintRule = {
  id: 'scoping-unsupported',
  spec: 'L13',
  severity: 'error',
  title: 'Scoping clause Entra does not support',
  fixHint: 'Scope on single-valued string, integer or Boolean attributes; IS TRUE/IS FALSE need a Boolean, Greater_Than an integer.',
  check: (ctx) =>
    scopingClauses(ctx).flatMap(({ group, clause }): FindingDraft[] => {
      const def = sourceDefinition(ctx, clause.sourceOperandName);
      const op = operatorKey(clause.operatorName);
      if (UNSUPPORTED.has(clause.sourceOperandName) || def?.multivalued || def?.type === 'Reference' || def?.type === 'DateTime') {
        return [{ message: `${describeClause(group, clause)}: ${clause.sourceOperandName} cannot be used in scoping filters.` }];
      }
      if ((op === 'ISTRUE' || op === 'ISFALSE') && def && def.type !== 'Boolean') return [{ message: `${describeClause(group, clause)}: ${clause.sourceOperandName} is ${def.type}, not Boolean.` }];
      if (op.startsWith('GREATERTHAN') && clause.targetOperand.values.some((v) => !/^-?\d+$/.test(v))) return [{ message: `${describeClause(group, clause)}: Greater_Than needs an integer operand.` }];
      return [];
    }),
};
