import { describe, expect, it } from 'vitest';
import { buildActivePatch, buildMemberAdd, buildMemberRemove, buildPatch } from '../../../../shared/sync/patch-ops';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const EMPLOYEE_NUMBER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber';

describe('buildPatch', () => {
  const changes = [
    { path: 'emails[type eq "work"].value', value: 'new@contoso.com', hadValue: true },
    { path: 'name.familyName', value: 'Smith', hadValue: true },
    { path: 'nickName', value: 'Babs', hadValue: false },
    { path: EMPLOYEE_NUMBER, value: '123', hadValue: false },
    { path: 'active', value: true, hadValue: true },
  ];

  it('default dialect: one op per attribute, "Add" where the target had no value, "Replace" where it had one, booleans as "True"/"False"', () => {
    expect(buildPatch(changes, 'default')).toEqual({
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@contoso.com' },
        { op: 'Replace', path: 'name.familyName', value: 'Smith' },
        { op: 'Add', path: 'nickName', value: 'Babs' },
        { op: 'Add', path: EMPLOYEE_NUMBER, value: '123' },
        { op: 'Replace', path: 'active', value: 'True' },
      ],
    });
    expect(buildPatch([{ path: 'active', value: false, hadValue: true }], 'default').Operations).toEqual([{ op: 'Replace', path: 'active', value: 'False' }]);
  });

  it('aadOptscim062020: lower-case ops, filtered paths as their own ops, the others in one no-path replace dictionary, booleans kept', () => {
    expect(buildPatch(changes, 'aadOptscim062020')).toEqual({
      schemas: [PATCH_OP],
      Operations: [
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'new@contoso.com' },
        { op: 'replace', value: { 'name.familyName': 'Smith', nickName: 'Babs', [EMPLOYEE_NUMBER]: '123', active: true } },
      ],
    });
  });

  it('aadOptscim062020: a single attribute keeps its path ("add" when the target had none)', () => {
    expect(buildPatch([{ path: 'nickName', value: 'Babs', hadValue: false }], 'aadOptscim062020').Operations).toEqual([{ op: 'add', path: 'nickName', value: 'Babs' }]);
    expect(buildPatch([{ path: 'phoneNumbers[type eq "mobile"].value', value: '+1', hadValue: false }], 'aadOptscim062020').Operations).toEqual([{ op: 'add', path: 'phoneNumbers[type eq "mobile"].value', value: '+1' }]);
  });

  it('no changes: no operations', () => {
    expect(buildPatch([], 'default').Operations).toEqual([]);
    expect(buildPatch([], 'aadOptscim062020').Operations).toEqual([]);
  });
});

describe('buildActivePatch', () => {
  it('disables with "Replace" + "False" by default and "replace" + false with the flag; re-enables likewise', () => {
    expect(buildActivePatch(false, 'default')).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    expect(buildActivePatch(false, 'aadOptscim062020')).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(buildActivePatch(true, 'default').Operations).toEqual([{ op: 'Replace', path: 'active', value: 'True' }]);
    expect(buildActivePatch(true, 'aadOptscim062020').Operations).toEqual([{ op: 'replace', path: 'active', value: true }]);
  });
});

describe('member PATCHes', () => {
  it('add: several members in one op with $ref null', () => {
    expect(buildMemberAdd(['u1', 'u2'], 'default')).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: 'u1' }, { $ref: null, value: 'u2' }] }] });
    expect(buildMemberAdd(['u1'], 'aadOptscim062020').Operations).toEqual([{ op: 'add', path: 'members', value: [{ $ref: null, value: 'u1' }] }]);
  });

  it('remove: a value array by default; one filtered path without value per member with the flag', () => {
    expect(buildMemberRemove(['u1', 'u2'], 'default')).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: 'u1' }, { $ref: null, value: 'u2' }] }] });
    expect(buildMemberRemove(['u1', 'u2'], 'aadOptscim062020')).toEqual({
      schemas: [PATCH_OP],
      Operations: [
        { op: 'remove', path: 'members[value eq "u1"]' },
        { op: 'remove', path: 'members[value eq "u2"]' },
      ],
    });
  });
});
