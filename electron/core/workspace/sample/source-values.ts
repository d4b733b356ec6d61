import type { GraphGroup } from '../../../../shared/graph/group';
import type { AttributeMappingSource, ScopingFilter } from '../../../../shared/graph/synchronization';
import type { GraphUser } from '../../../../shared/graph/user';

/** What an expression sees: Entra source attribute names, booleans as "True"/"False". */
export type SourceValues = Record<string, string | string[] | null>;

const bool = (value: boolean): string => (value ? 'True' : 'False');

/** The Entra provisioning view of a user (`[mobile]` is `mobilePhone`, `[objectId]` is `id`, …). */
export function userSourceValues(user: GraphUser, isSoftDeleted: boolean): SourceValues {
  const values: SourceValues = {
    objectId: user.id,
    accountEnabled: bool(user.accountEnabled !== false),
    IsSoftDeleted: bool(isSoftDeleted),
    userPrincipalName: user.userPrincipalName.replace('#EXT#', ''),
    originalUserPrincipalName: user.userPrincipalName,
    mail: user.mail ?? null,
    mailNickname: user.mailNickname ?? null,
    displayName: user.displayName ?? null,
    givenName: user.givenName ?? null,
    surname: user.surname ?? null,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
    companyName: user.companyName ?? null,
    employeeId: user.employeeId ?? null,
    city: user.city ?? null,
    state: user.state ?? null,
    country: user.country ?? null,
    postalCode: user.postalCode ?? null,
    streetAddress: user.streetAddress ?? null,
    physicalDeliveryOfficeName: user.officeLocation ?? null,
    telephoneNumber: user.businessPhones?.[0] ?? null,
    mobile: user.mobilePhone ?? null,
    preferredLanguage: user.preferredLanguage ?? null,
    usageLocation: user.usageLocation ?? null,
    manager: user.manager?.id ?? null,
    proxyAddresses: user.proxyAddresses ?? [],
    otherMails: user.otherMails ?? [],
  };
  for (const [key, value] of Object.entries(user.onPremisesExtensionAttributes ?? {})) {
    values[key] = typeof value === 'string' ? value : null;
  }
  for (const [key, value] of Object.entries(user)) {
    if (key.startsWith('extension_') && typeof value === 'string') values[key] = value;
  }
  return values;
}

export function groupSourceValues(group: GraphGroup): SourceValues {
  return {
    objectId: group.id,
    displayName: group.displayName ?? null,
    description: group.description ?? null,
    mail: group.mail ?? null,
    mailNickname: group.mailNickname ?? null,
    mailEnabled: bool(group.mailEnabled === true),
    securityEnabled: bool(group.securityEnabled === true),
    IsSoftDeleted: 'False',
    members: group.members.map((member) => member.id),
  };
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
