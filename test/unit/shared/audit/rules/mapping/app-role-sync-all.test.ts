import { describe, expect, it } from 'vitest';
import { appRoleSyncAllRule as rule } from '../../../../../../shared/audit/rules/mapping/app-role-sync-all';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('app-role-sync-all', () => {
  it('fires on a mapping straight from [appRoleAssignments]', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'displayName', source: '[appRoleAssignments]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'displayName', message: 'displayName is mapped straight from [appRoleAssignments], which sends an opaque serialized string.' })]);
  });

  it('fires on an app-role function when the job syncs all users and groups', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'displayName', source: 'SingleAppRoleAssignment([appRoleAssignments])' }], assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], syncAll: true } })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'displayName', message: 'displayName uses SingleAppRoleAssignment, which does not work with "Sync all users and groups".' })]);
  });

  it('stays quiet on an app-role function when the job syncs assigned users only', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'displayName', source: 'SingleAppRoleAssignment([appRoleAssignments])' }], assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], syncAll: false } })).toEqual([]);
  });
});
