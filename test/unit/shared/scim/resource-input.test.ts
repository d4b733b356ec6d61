import { describe, expect, it } from 'vitest';
import { checkResource, memberIds, membersOfBody, sanitizeResource } from '../../../../shared/scim/resource-input';
import { ENTERPRISE, GROUPS, PROFILE, USERS, scimErrorOf } from './scim-fixture';

describe('sanitizeResource', () => {
  it('keeps writable attributes by their canonical names and drops the rest', () => {
    expect(
      sanitizeResource(USERS, {
        schemas: ['x'],
        id: 'client-id',
        meta: { version: 'W/"1"' },
        EXTERNALID: 'e-1',
        USERNAME: 'ann',
        active: 'True',
        nickName: 'unknown to the profile',
        createdBy: 'read-only',
        displayName: null,
        emails: [],
        [ENTERPRISE.toLowerCase()]: { Department: 'Sales', manager: 'm-1' },
      }),
    ).toEqual({ externalId: 'e-1', userName: 'ann', active: true, [ENTERPRISE]: { department: 'Sales', manager: { value: 'm-1' } } });
  });

  it('never stores members from the body', () => {
    expect(sanitizeResource(GROUPS, { displayName: 'Team A', members: [{ value: 'u-1' }] })).toEqual({ displayName: 'Team A' });
  });

  it('refuses a body that is not an object, a non-string externalId and a non-object extension', () => {
    expect(scimErrorOf(() => sanitizeResource(USERS, []))).toEqual({ status: 400, scimType: 'invalidSyntax', detail: 'The request body must be a JSON object (a SCIM User).' });
    expect(scimErrorOf(() => sanitizeResource(USERS, { externalId: 5 })).detail).toBe('"externalId" must be a string.');
    expect(scimErrorOf(() => sanitizeResource(USERS, { [ENTERPRISE]: 'Sales' })).detail).toBe(`"${ENTERPRISE}" must be an object.`);
  });
});

describe('checkResource', () => {
  it('requires the required attributes', () => {
    expect(scimErrorOf(() => checkResource(PROFILE, USERS, { userName: '' }))).toEqual({ status: 400, scimType: 'invalidValue', detail: '"userName" is required for a User.' });
    expect(checkResource(PROFILE, USERS, { userName: 'ann' })).toBeUndefined();
  });

  it('requires an email userName when the vendor does', () => {
    const emailOnly = { ...PROFILE, behaviours: { ...PROFILE.behaviours, userNameMustBeEmail: true } };
    expect(scimErrorOf(() => checkResource(emailOnly, USERS, { userName: 'ann' })).detail).toBe('Test Vendor requires userName to be an email address; "ann" is not one.');
    expect(checkResource(emailOnly, USERS, { userName: 'ann@contoso.com' })).toBeUndefined();
  });
});

describe('memberIds and membersOfBody', () => {
  it('reads the value of each member, or a bare id', () => {
    expect(memberIds([{ value: 'u-1', $ref: null, display: 'Ann' }, 'u-2'])).toEqual(['u-1', 'u-2']);
    expect(memberIds({ value: 'u-3' })).toEqual(['u-3']);
    expect(memberIds(null)).toEqual([]);
  });

  it('refuses a member without an id, naming its index', () => {
    expect(scimErrorOf(() => memberIds([{ value: 'u-1' }, { value: '' }], 'Operations[0].value'))).toEqual({ status: 400, scimType: 'invalidValue', detail: '"Operations[0].value[1].value" must be the id of a resource.' });
  });

  it('finds the members of a body in any case, or undefined when it has none', () => {
    expect(membersOfBody({ displayName: 'A', Members: [{ value: 'u-1' }] })).toEqual(['u-1']);
    expect(membersOfBody({ displayName: 'A' })).toBeUndefined();
    expect(membersOfBody('not an object')).toBeUndefined();
  });
});
