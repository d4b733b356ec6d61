import { describe, expect, it } from 'vitest';
import { hasValue, readTargetValue, sameTargetValue } from '../../../../shared/sync/target-values';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const user = {
  id: 'u1',
  UserName: 'ann@contoso.com',
  name: { givenName: 'Ann', FamilyName: 'Lee' },
  emails: [
    { type: 'home', value: 'ann@home.example' },
    { type: 'work', value: 'first@contoso.com' },
    { type: 'Work', value: 'primary@contoso.com', primary: true },
  ],
  phoneNumbers: [
    { type: 'mobile', value: '+1 1' },
    { type: 'mobile', value: '+1 2' },
  ],
  active: false,
  [ENTERPRISE]: { employeeNumber: '42', manager: { value: 'm1' } },
};

describe('readTargetValue', () => {
  it('a filtered path acts on the primary matching element, else the first', () => {
    expect(readTargetValue(user, 'emails[type eq "work"].value')).toBe('primary@contoso.com');
    expect(readTargetValue(user, 'phoneNumbers[type eq "mobile"].value')).toBe('+1 1');
    expect(readTargetValue(user, 'phoneNumbers[type eq "work"].value')).toBeUndefined();
  });

  it('URN extension paths read inside the extension object', () => {
    expect(readTargetValue(user, `${ENTERPRISE}:employeeNumber`)).toBe('42');
    expect(readTargetValue(user, `${ENTERPRISE}:manager`)).toEqual({ value: 'm1' });
    expect(readTargetValue(user, `${ENTERPRISE}:department`)).toBeUndefined();
    expect(readTargetValue(user, 'urn:ietf:params:scim:schemas:core:2.0:User:userName')).toBe('ann@contoso.com');
  });

  it('keys compare case-insensitively, sub-attributes included', () => {
    expect(readTargetValue(user, 'userName')).toBe('ann@contoso.com');
    expect(readTargetValue(user, 'name.familyName')).toBe('Lee');
    expect(readTargetValue(user, 'active')).toBe(false);
    expect(readTargetValue(null, 'userName')).toBeUndefined();
  });
});

describe('hasValue', () => {
  it('null, undefined, "" and [] are no value', () => {
    expect([undefined, null, '', []].map(hasValue)).toEqual([false, false, false, false]);
    expect([false, 0, 'x', ['a']].map(hasValue)).toEqual([true, true, true, true]);
  });
});

describe('sameTargetValue', () => {
  it('compares text case-sensitively, so a reformatted value is different', () => {
    expect(sameTargetValue('Ann', 'Ann')).toBe(true);
    expect(sameTargetValue('Ann', 'ann')).toBe(false);
    expect(sameTargetValue('+1 555', '+1555')).toBe(false);
  });

  it('booleans and numbers equal their text spellings', () => {
    expect(sameTargetValue('True', true)).toBe(true);
    expect(sameTargetValue(false, 'False')).toBe(true);
    expect(sameTargetValue('True', false)).toBe(false);
    expect(sameTargetValue(1, '1')).toBe(true);
  });

  it('no value equals no value only', () => {
    expect(sameTargetValue(null, undefined)).toBe(true);
    expect(sameTargetValue('', [])).toBe(true);
    expect(sameTargetValue('x', undefined)).toBe(false);
    expect(sameTargetValue(null, 'x')).toBe(false);
  });

  it('arrays element by element; objects by the desired keys (case-insensitive on the target)', () => {
    expect(sameTargetValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTargetValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameTargetValue('a', ['a'])).toBe(true);
    expect(sameTargetValue({ value: 'm1' }, { Value: 'm1', display: 'M' })).toBe(true);
    expect(sameTargetValue({ value: 'm1' }, { value: 'm2' })).toBe(false);
    expect(sameTargetValue({ value: 'm1' }, 'm1')).toBe(false);
  });
});
