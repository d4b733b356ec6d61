import { matchingAttributeMissingRule } from './mapping/matching-attribute-missing';
import { matchingAttributeNotFilterableRule } from './mapping/matching-attribute-not-filterable';
import { matchingPrecedenceDuplicateRule } from './mapping/matching-precedence-duplicate';
import { matchingDefaultValueRule } from './mapping/matching-default-value';
import { requiredTargetUnmappedRule } from './mapping/required-target-unmapped';
import { duplicateTargetRule } from './mapping/duplicate-target';
import { unknownSourceAttributeRule } from './mapping/unknown-source-attribute';
import { typeMismatchRule } from './mapping/type-mismatch';
import { activeNotFromSoftDeleteRule } from './mapping/active-not-from-soft-delete';
import { constantUserNameRule } from './mapping/constant-user-name';
import { defaultValueCreateOnlyRule } from './mapping/default-value-create-only';
import { primaryKeyTargetRule } from './mapping/primary-key-target';
import { selectUniqueValueMisuseRule } from './mapping/select-unique-value-misuse';
import { appRoleSyncAllRule } from './mapping/app-role-sync-all';
import { nestedGroupAssignmentRule } from './mapping/nested-group-assignment';
import { requiredValueMissingRule } from './mapping/required-value-missing';
import { expressionParseErrorRule } from './expression/expression-parse-error';
import { expressionTooLongRule } from './expression/expression-too-long';
import { functionNameCaseRule } from './expression/function-name-case';
import { undocumentedFunctionRule } from './expression/undocumented-function';
import { ignoreFlowNestedRule } from './expression/ignore-flow-nested';
import { switchOnPresenceRule } from './expression/switch-on-presence';
import { iifNullConditionRule } from './expression/iif-null-condition';
import { switchOnReferenceRule } from './expression/switch-on-reference';
import { itemIndexZeroRule } from './expression/item-index-zero';
import { dateWithoutCdateRule } from './expression/date-without-cdate';
import { suspiciousConstantRule } from './expression/suspicious-constant';
import { formatDatetimeEagerRule } from './expression/format-datetime-eager';
import { scopingNullExcludedRule } from './scoping/scoping-null-excluded';
import { scopingRegexLooseRule } from './scoping/scoping-regex-loose';
import { scopingUnsupportedRule } from './scoping/scoping-unsupported';
import { groupMembersUsersOnlyRule } from './profile/group-members-users-only';
import { usernameMustBeEmailRule } from './profile/username-must-be-email';
import { targetUnknownToProfileRule } from './profile/target-unknown-to-profile';
import { targetAttributeRejectedInLogsRule } from './logs/target-attribute-rejected-in-logs';
import { VENDOR_LINT_RULES } from '../../vendors';
import type { LintRule } from '../types';

/**
 * Every lint rule, in report order. One rule per file, named by its id, in its family's folder; rules of one
 * vendor's guide live in its shared/vendors folder. Add a rule: add its file, list it here.
 */
export const LINT_RULES: readonly LintRule[] = [
  // attribute mappings
  matchingAttributeMissingRule,
  matchingAttributeNotFilterableRule,
  matchingPrecedenceDuplicateRule,
  matchingDefaultValueRule,
  requiredTargetUnmappedRule,
  duplicateTargetRule,
  unknownSourceAttributeRule,
  typeMismatchRule,
  activeNotFromSoftDeleteRule,
  constantUserNameRule,
  defaultValueCreateOnlyRule,
  primaryKeyTargetRule,
  selectUniqueValueMisuseRule,
  appRoleSyncAllRule,
  nestedGroupAssignmentRule,
  requiredValueMissingRule,
  // expressions
  expressionParseErrorRule,
  expressionTooLongRule,
  functionNameCaseRule,
  undocumentedFunctionRule,
  ignoreFlowNestedRule,
  switchOnPresenceRule,
  iifNullConditionRule,
  switchOnReferenceRule,
  itemIndexZeroRule,
  dateWithoutCdateRule,
  suspiciousConstantRule,
  formatDatetimeEagerRule,
  // scoping filters
  scopingNullExcludedRule,
  scopingRegexLooseRule,
  scopingUnsupportedRule,
  ...VENDOR_LINT_RULES,
  // vendor profile schema and behaviours
  groupMembersUsersOnlyRule,
  usernameMustBeEmailRule,
  targetUnknownToProfileRule,
  // provisioning logs
  targetAttributeRejectedInLogsRule,
];

export function ruleById(id: string): LintRule | undefined {
  return LINT_RULES.find((rule) => rule.id === id);
}
