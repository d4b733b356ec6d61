import { describe, expect, it } from 'vitest';
import { flattenObject, showValue } from '../../../../../electron/cli/commands/trial-values';

describe('flattenObject', () => {
  it('lists a SCIM user by attribute path, without schemas and meta', () => {
    const user = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: 'u1',
      userName: 'a@contoso.com',
      active: true,
      name: { givenName: 'Ann', familyName: 'Lee' },
      emails: [{ type: 'work', value: 'a@contoso.com', primary: true }],
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Sales', manager: { value: 'u2' } },
      meta: { resourceType: 'User' },
    };
    expect(flattenObject(user)).toEqual([
      ['id', 'u1'],
      ['userName', 'a@contoso.com'],
      ['active', true],
      ['name.givenName', 'Ann'],
      ['name.familyName', 'Lee'],
      ['emails[type eq "work"].value', 'a@contoso.com'],
      ['emails[type eq "work"].primary', true],
      ['enterprise:2.0:User:department', 'Sales'],
      ['enterprise:2.0:User:manager.value', 'u2'],
    ]);
  });

  it('summarises a group\'s members', () => {
    expect(flattenObject({ displayName: 'G', members: [{ value: 'u1', display: 'Ann' }, { value: 'u2' }] })).toEqual([
      ['displayName', 'G'],
      ['members', '2: Ann, u2'],
    ]);
  });
});

describe('showValue', () => {
  it('shows text as is, nothing as a dash, several inputs as pairs, the rest as JSON', () => {
    expect(showValue('x')).toBe('x');
    expect(showValue(undefined)).toBe('—');
    expect(showValue(null)).toBe('null');
    expect(showValue({ IsSoftDeleted: 'False', x: null })).toBe('IsSoftDeleted=False, x=null');
    expect(showValue(['a', 1])).toBe('["a",1]');
    expect(showValue('y'.repeat(70))).toBe('y'.repeat(59) + '…');
  });
});
