import { describe, expect, it } from 'vitest';
import { str } from '../../../../../shared/scim/schema/attributes';
import { groupResource, userResource } from '../../../../../shared/scim/schema/resources';

const attributes = [str('displayName')];

describe('userResource', () => {
  it('serves /Users with the core User schema and the given extensions', () => {
    const extension = { schema: { id: 'urn:x:2.0:User', name: 'X', description: 'X', attributes }, required: true };
    const users = userResource({ filterable: { externalId: true, meta: false }, attributes, extensions: [extension] });
    expect({ ...users, common: users.common.map((a) => [a.name, a.filterable]) }).toEqual({
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      common: [
        ['id', true],
        ['externalId', true],
        ['meta', false],
      ],
      schema: { id: 'urn:ietf:params:scim:schemas:core:2.0:User', name: 'User', description: 'User Account', attributes },
      extensions: [extension],
    });
  });
});

describe('groupResource', () => {
  it('serves /Groups with the core Group schema, described by the vendor\'s word for a group', () => {
    const teams = groupResource({ filterable: { externalId: false, meta: false }, attributes }, 'Team');
    expect([teams.name, teams.endpoint, teams.description, teams.schema.id, teams.schema.description, teams.extensions]).toEqual(['Group', '/Groups', 'Team', 'urn:ietf:params:scim:schemas:core:2.0:Group', 'Team', []]);
    expect(groupResource({ filterable: { externalId: false, meta: false }, attributes }).description).toBe('Group');
  });
});
