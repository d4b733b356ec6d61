import { describe, expect, it } from 'vitest';
import { nestedGroupAssignmentRule as rule } from '../../../../../../shared/audit/rules/mapping/nested-group-assignment';
import { finding, lint } from '../../fixtures';

describe('nested-group-assignment', () => {
  it('fires when assigned groups contain nested groups', () => {
    expect(lint(rule, { assignments: { nestedOnlyUsers: 3, groupsWithNestedGroups: ['Sales'] } })).toEqual([finding(rule, { message: 'Assigned group(s) Sales contain nested groups; 3 user(s) reachable only through nesting will not be provisioned.' })]);
  });

  it('stays quiet when no user is reachable only through nesting', () => {
    expect(lint(rule, { assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [] } })).toEqual([]);
  });
});
