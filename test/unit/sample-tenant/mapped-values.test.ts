import { describe, expect, it } from 'vitest';
import { direct, mapping } from '../../../sample-tenant/attribute-mappings';
import { mappedValue } from '../../../sample-tenant/mapped-values';
import { userSourceValues } from '../../../sample-tenant/source-values';
import { SAMPLE_GUEST } from './sample-users';

const SWITCH_ACTIVE = mapping('active', 'Switch([IsSoftDeleted], , "False", "True", "True", "False")');

describe('sample mapped values (the product mapping evaluator)', () => {
  it('evaluate the sample\'s expressions: Switch and Not on IsSoftDeleted, Join of names', () => {
    expect(mappedValue(SWITCH_ACTIVE, userSourceValues(SAMPLE_GUEST, false), 'update')).toBe('True');
    expect(mappedValue(SWITCH_ACTIVE, userSourceValues(SAMPLE_GUEST, true), 'update')).toBe('False');
    expect(mappedValue(mapping('active', 'Not([IsSoftDeleted])'), userSourceValues(SAMPLE_GUEST, true), 'update')).toBe('False');
    expect(mappedValue(mapping('name.formatted', 'Join(" ", [givenName], [surname])'), userSourceValues(SAMPLE_GUEST, false), 'create')).toBe('Chris Green');
    expect(mappedValue(direct('department', 'departmnet'), userSourceValues(SAMPLE_GUEST, false), 'create')).toBeNull();
  });

  it('use the default value on create only', () => {
    const role = mapping('roles[primary eq "True"].value', 'SingleAppRoleAssignment([appRoleAssignments])', { defaultValue: 'Employee' });
    expect(mappedValue(role, userSourceValues(SAMPLE_GUEST, false), 'create')).toBe('Employee');
    expect(mappedValue(role, userSourceValues(SAMPLE_GUEST, false), 'update')).toBeNull();
  });

  it('read the user\'s role in the app through [appRoleAssignments]', () => {
    const role = mapping('roles[primary eq "True"].value', 'SingleAppRoleAssignment([appRoleAssignments])', { defaultValue: 'Employee' });
    const manager = [{ id: 'assignment-1', value: 'Manager', displayName: 'Manager' }];
    expect(mappedValue(role, userSourceValues(SAMPLE_GUEST, false, manager), 'create')).toBe('Manager');
  });
});
