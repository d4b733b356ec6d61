import type { ScopingFilter } from '../graph/synchronization';
import { DEFAULT_ACCESS_ROLE_ID } from '../graph/service-principal';
import { describeClause, isUnaryOperator } from '../mapping/describe-scope';
import { clauseMatches } from '../mapping/scope-filter';
import type { SourceObject } from '../mapping/source-object';
import { assignmentsOf, nestedOnlyVia, type SourceDirectory } from './source-directory';
import type { Decision, ObjectKind } from './types';

export interface ScopeOptions {
  /** "Sync all users and groups" (the job's SyncAll setting) instead of "assigned only". */
  syncAll: boolean;
  /**
   * Treat Default Access as "no role", as provisioning configurations created before 2020-04-16 did
   * (and the OfficeSpace guide of 2019 describes). Off by default: current Entra provisions them.
   */
  legacyDefaultAccess: boolean;
}

export interface ScopeResult {
  inScope: boolean;
  /** Assigned, with a role, and passing the scoping filters: Entra still manages the object even when it is inactive. */
  managed: boolean;
  active: boolean;
  assigned: boolean;
  hasRole: boolean;
  filterPassed: boolean;
  decisions: Decision[];
  /** The scoping step's details, with Entra's keys. */
  details: Record<string, string>;
  /** Why it is out of scope, in Entra's words (for the skip reason). */
  reason: string | null;
}

const TRUE = (value: boolean) => (value ? 'True' : 'False');

/** Each scoping-filter group and clause, evaluated with Entra's semantics (null fails every clause but IS NULL). */
export function evaluateScopingFilters(scope: ScopingFilter | null | undefined, source: SourceObject): { passed: boolean; results: Record<string, boolean>; decisions: Decision[] } {
  const groups = scope?.groups ?? [];
  const results: Record<string, boolean> = {};
  const decisions: Decision[] = [];
  if (groups.length === 0) return { passed: true, results, decisions: [{ label: 'Scoping filters', result: 'info', detail: 'None: every assigned object is in scope.' }] };
  let passed = false;
  groups.forEach((group, index) => {
    const title = group.name?.trim() || `Scoping filter ${index + 1}`;
    let all = true;
    for (const clause of group.clauses) {
      const ok = clauseMatches(clause, source);
      const operand = clause.targetOperand.values.join(',');
      // Operators without a value (IS TRUE, IS NOT NULL) print none, as the sample's logs always have.
      const shown = isUnaryOperator(clause.operatorName) ? '' : ` '${operand}'`;
      results[`${title}.${clause.sourceOperandName} ${clause.operatorName.toUpperCase()}${shown}`] = ok;
      const value = source[clause.sourceOperandName];
      decisions.push({
        label: `${title}: ${describeClause(clause)}`,
        result: ok ? 'pass' : 'fail',
        detail: `${clause.sourceOperandName} is ${value === undefined || value === null ? 'null' : JSON.stringify(value)}`,
      });
      all &&= ok;
    }
    passed ||= all;
  });
  decisions.push({
    label: 'Scoping filters',
    result: passed ? 'pass' : 'fail',
    detail: passed ? 'At least one filter has all its clauses true (filters are ORed, clauses ANDed).' : 'No filter has all its clauses true (filters are ORed, clauses ANDed).',
  });
  return { passed, results, decisions };
}

/** Step 3 of provision on demand: is the object in scope? Every condition is reported, not just the first that fails. */
export function evaluateScope(
  directory: SourceDirectory,
  kind: ObjectKind,
  id: string,
  source: SourceObject,
  scope: ScopingFilter | null | undefined,
  options: ScopeOptions,
): ScopeResult {
  const decisions: Decision[] = [];
  const user = kind === 'User' ? directory.users.get(id) : undefined;
  const active = kind === 'User' ? !!user && !user.deletedDateTime && source['accountEnabled'] !== 'False' : directory.groups.has(id);
  if (kind === 'User') {
    const why = !user ? 'deleted' : user.deletedDateTime ? 'soft-deleted (in the recycle bin)' : source['accountEnabled'] === 'False' ? 'disabled (accountEnabled false)' : 'enabled and not deleted';
    decisions.push({ label: 'Active in the source system', result: active ? 'pass' : 'fail', detail: `The user is ${why}.` });
  } else {
    decisions.push({ label: 'Active in the source system', result: active ? 'pass' : 'fail', detail: active ? 'The group exists.' : 'The group was deleted.' });
  }

  const assignments = assignmentsOf(directory, id);
  let assigned: boolean;
  if (options.syncAll) {
    assigned = true;
    decisions.push({ label: 'Scope: sync all users and groups', result: 'pass', detail: 'The job syncs every user and group, assigned or not.' });
  } else {
    assigned = assignments.length > 0;
    const direct = assignments.filter((a) => !a.via).length;
    const viaGroups = [...new Set(assignments.filter((a) => a.via).map((a) => a.via!.displayName ?? a.via!.id))];
    const nested = !assigned && kind === 'User' ? nestedOnlyVia(directory, id) : null;
    const detail = assigned
      ? [direct ? 'assigned directly' : null, viaGroups.length ? `a direct member of the assigned group${viaGroups.length > 1 ? 's' : ''} ${viaGroups.join(', ')}` : null].filter(Boolean).join('; and ')
      : nested
        ? `Only a member of ${nested.displayName ?? nested.id} through a nested group; Entra reads direct members only, so nested members are not provisioned.`
        : 'Not assigned, and not a direct member of an assigned group.';
    decisions.push({ label: 'Assigned to the application', result: assigned ? 'pass' : 'fail', detail: detail.charAt(0).toUpperCase() + detail.slice(1) + (assigned ? '.' : '') });
  }

  let hasRole = assigned;
  if (assigned && !options.syncAll && kind === 'User') {
    const roleIds = [...new Set(assignments.map((a) => a.assignment.appRoleId))];
    const names = roleIds.map((roleId) => (roleId === DEFAULT_ACCESS_ROLE_ID ? 'Default Access' : (directory.appRoles.find((r) => r.id === roleId)?.displayName ?? roleId)));
    const onlyDefault = roleIds.every((roleId) => roleId === DEFAULT_ACCESS_ROLE_ID);
    hasRole = !(onlyDefault && options.legacyDefaultAccess);
    const defaultNote = onlyDefault
      ? options.legacyDefaultAccess
        ? ' Legacy behaviour chosen: configurations created before 2020-04-16 skipped users whose only role is Default Access (the OfficeSpace guide of 2019 says so).'
        : ' Entra treats Default Access like any role for configurations since 2020-04-16 (all of them since July 2020); the OfficeSpace guide of 2019 still says such users are excluded.'
      : '';
    decisions.push({ label: 'User has the required role', result: hasRole ? 'pass' : 'fail', detail: `Role${names.length > 1 ? 's' : ''}: ${names.join(', ')}.${defaultNote}` });
  }

  const filters = evaluateScopingFilters(scope, source);
  decisions.push(...filters.decisions);
  const managed = assigned && hasRole && filters.passed;
  const inScope = active && managed;
  const reason = inScope
    ? null
    : !active
      ? `${kind} is disabled or deleted in Azure Active Directory`
      : !assigned
        ? `${kind} is not assigned to the application`
        : !hasRole
          ? 'User is not effectively entitled (Default Access only, in a configuration from before 2020-04-16)'
          : `${kind} does not pass the scoping filters`;
  return {
    inScope,
    managed,
    active,
    assigned,
    hasRole,
    filterPassed: filters.passed,
    decisions,
    reason,
    details: {
      'Active in the source system': TRUE(active),
      'Assigned to the application': TRUE(assigned),
      ...(kind === 'User' ? { 'User has the required role': TRUE(hasRole) } : {}),
      'Scoping filter evaluation passed': TRUE(filters.passed),
      ScopeEvaluationResult: JSON.stringify(filters.results),
    },
  };
}
