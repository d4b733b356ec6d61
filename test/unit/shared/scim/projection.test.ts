import { describe, expect, it } from 'vitest';
import { excludesMembers, project } from '../../../../shared/scim/projection';
import { ENTERPRISE, USERS } from './scim-fixture';

const FULL = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: 'u-1',
  userName: 'ann@contoso.com',
  name: { givenName: 'Ann', familyName: 'Lee' },
  emails: [{ type: 'work', value: 'ann@contoso.com' }, { type: 'home', value: 'ann@home.net' }],
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm-1' } },
};

describe('project', () => {
  it('returns the resource as it is without attributes or excludedAttributes', () => {
    expect(project(USERS, FULL)).toBe(FULL);
  });

  it('returns id, schemas and the listed attributes, sub-attributes and extension attributes', () => {
    expect(project(USERS, FULL, 'USERNAME, name.familyName, emails.value, department, ' + `${ENTERPRISE}:manager`)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: 'u-1',
      userName: 'ann@contoso.com',
      name: { familyName: 'Lee' },
      emails: [{ value: 'ann@contoso.com' }, { value: 'ann@home.net' }],
      [ENTERPRISE]: { manager: { value: 'm-1' } },
    });
  });

  it('removes excluded attributes but never id or schemas, and leaves the input alone', () => {
    expect(project(USERS, FULL, null, 'id, schemas, emails.type, name, ' + ENTERPRISE)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: 'u-1',
      userName: 'ann@contoso.com',
      emails: [{ value: 'ann@contoso.com' }, { value: 'ann@home.net' }],
    });
    expect(FULL.emails[0]).toEqual({ type: 'work', value: 'ann@contoso.com' });
  });
});

describe('excludesMembers', () => {
  it('is true when attributes are listed without members', () => {
    expect(excludesMembers('displayName')).toBe(true);
    expect(excludesMembers('displayName, members.value')).toBe(false);
    expect(excludesMembers('urn:ietf:params:scim:schemas:core:2.0:Group:members')).toBe(false);
  });

  it('is true when members are excluded, false when nothing is said', () => {
    expect(excludesMembers(null, 'Members')).toBe(true);
    expect(excludesMembers(null, 'urn:ietf:params:scim:schemas:core:2.0:Group:members')).toBe(true);
    expect(excludesMembers(null, 'displayName')).toBe(false);
    expect(excludesMembers()).toBe(false);
  });
});
