import type { FindingDraft, LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';

export const appRoleSyncAllRule: LintRule = {
  id: 'app-role-sync-all',
  spec: 'L08',
  severity: 'warning',
  title: 'App-role function with "Sync all users and groups" or a direct appRoleAssignments mapping',
  fixHint: 'Use SingleAppRoleAssignment/AppRoleAssignmentsComplex only with "Sync only assigned users and groups"; never map [appRoleAssignments] directly.',
  check: (ctx) =>
    ctx.mappings.flatMap((m): FindingDraft[] => {
      if (m.ast?.kind === 'attribute' && m.ast.name === 'appRoleAssignments') return [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} is mapped straight from [appRoleAssignments], which sends an opaque serialized string.` }];
      const roleCalls = [...calls(m.ast, 'SingleAppRoleAssignment'), ...calls(m.ast, 'AppRoleAssignmentsComplex')];
      return roleCalls.length > 0 && ctx.assignments?.syncAll ? [{ ...findingAt(m), message: `${m.mapping.targetAttributeName} uses ${roleCalls[0]!.name}, which does not work with "Sync all users and groups".` }] : [];
    }),
};
