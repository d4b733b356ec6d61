import type { GraphGroup } from '../../../../shared/graph/group';
import type { AttributeMappingSource, ScopingFilter } from '../../../../shared/graph/synchronization';
import type { GraphUser } from '../../../../shared/graph/user';
import { groupSourceObject, userSourceObject } from '../../../../shared/mapping/source-object';

/** What an expression sees: Entra source attribute names, booleans as "True"/"False". */
export type SourceValues = Record<string, string | string[] | null>;

/**
 * The Entra provisioning view of a user, as the product's mapping model builds it
 * (shared/mapping/source-object.ts), without the app-role list the sample's mini-evaluator does not read.
 */
export function userSourceValues(user: GraphUser, isSoftDeleted: boolean): SourceValues {
  const { appRoleAssignments: _roles, ...values } = userSourceObject(user, { isSoftDeleted });
  return values as SourceValues;
}

export function groupSourceValues(group: GraphGroup): SourceValues {
  return groupSourceObject(group) as SourceValues;
}

function single(value: string | string[] | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/**
 * Just enough of the expression language to fill in the sample's log records (Attribute, Constant,
 * Not, Switch, Join, SingleAppRoleAssignment). The product's real evaluator lives in shared/.
 */
export function evaluate(source: AttributeMappingSource | null | undefined, values: SourceValues): string | null {
  if (!source) return null;
  const param = (key: string) => source.parameters.filter((parameter) => parameter.key === key).map((parameter) => parameter.value);
  switch (source.type) {
    case 'Attribute':
      return single(values[source.name ?? '']);
    case 'Constant':
      return source.name ?? null;
    case 'Function':
      switch (source.name) {
        case 'Not':
          return evaluate(param('source')[0], values) === 'True' ? 'False' : 'True';
        case 'Switch': {
          const input = evaluate(param('source')[0], values) ?? '';
          const pairs = param('switchValue');
          for (let i = 0; i + 1 < pairs.length; i += 2) {
            if (evaluate(pairs[i], values) === input) return evaluate(pairs[i + 1], values);
          }
          return evaluate(param('defaultValue')[0], values);
        }
        case 'Join': {
          const separator = evaluate(param('separator')[0], values) ?? '';
          const parts = param('source')
            .map((part) => evaluate(part, values))
            .filter((part): part is string => part !== null && part !== '');
          return parts.join(separator);
        }
        case 'SingleAppRoleAssignment':
          return single(values.appRoleAssignments);
        default:
          return null;
      }
  }
}

export interface ScopeEvaluation {
  passed: boolean;
  /** `{"<filter>.<attribute> <OPERATOR> '<value>'": true}` as the scoping step's ScopeEvaluationResult shows it. */
  results: Record<string, boolean>;
}

/** Groups are ORed, clauses ANDed; a clause on a null value is false (except IS NULL). */
export function evaluateScope(scope: ScopingFilter | null | undefined, values: SourceValues): ScopeEvaluation {
  if (!scope || scope.groups.length === 0) return { passed: true, results: {} };
  const results: Record<string, boolean> = {};
  let passed = false;
  for (const group of scope.groups) {
    let groupPassed = true;
    for (const clause of group.clauses) {
      const value = single(values[clause.sourceOperandName]);
      const operand = clause.targetOperand.values[0] ?? '';
      let result: boolean;
      switch (clause.operatorName) {
        case 'EQUALS':
          result = value !== null && value === operand;
          break;
        case 'NOT EQUALS':
          result = value !== null && value !== operand;
          break;
        case 'IS TRUE':
          result = value === 'True';
          break;
        case 'IS FALSE':
          result = value === 'False';
          break;
        case 'IS NOT NULL':
          result = value !== null && value !== '';
          break;
        case 'IS NULL':
          result = value === null || value === '';
          break;
        default:
          result = false;
      }
      const label = clause.targetOperand.values.length > 0 ? ` '${operand}'` : '';
      results[`${group.name}.${clause.sourceOperandName} ${clause.operatorName}${label}`] = result;
      groupPassed &&= result;
    }
    passed ||= groupPassed;
  }
  return { passed, results };
}
