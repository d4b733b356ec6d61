import type { LintRule } from '../../types';

export const nestedGroupAssignmentRule: LintRule = {
  id: 'nested-group-assignment',
  severity: 'warning',
  title: 'Nested groups in assigned groups are not provisioned',
  fixHint: 'Assign the nested groups (or their users) directly: Entra provisions only direct members of assigned groups.',
  check: (ctx) =>
    ctx.objectKind === 'User' && ctx.assignments && (ctx.assignments.nestedOnlyUsers > 0 || ctx.assignments.groupsWithNestedGroups.length > 0)
      ? [
          {
            message: `${ctx.assignments.groupsWithNestedGroups.length > 0 ? `Assigned group(s) ${ctx.assignments.groupsWithNestedGroups.join(', ')} contain nested groups; ` : ''}${ctx.assignments.nestedOnlyUsers} user(s) reachable only through nesting will not be provisioned.`,
          },
        ]
      : [],
};
