import { afterEach, describe, expect, it } from 'vitest';
import { OFFICERND_USER_SCHEMA } from '../../../../../shared/vendors/officernd/profile';
import { entraGroup, entraUser, expectScimError, startTestEndpoint, type ScimClient } from './scim-fixture';

describe('vendor profiles change the endpoint’s schema and behaviour', () => {
  let scim: ScimClient | undefined;
  afterEach(async () => {
    await scim?.close();
    scim = undefined;
  });
  const q = (filter: string) => `?filter=${encodeURIComponent(filter)}`;

  it('howspace: only userName is filterable on users; the 400 names the filterable attributes', async () => {
    scim = await startTestEndpoint('howspace');
    const created = await scim.call('POST', '/Users', entraUser('h@contoso.com', 'h1'));
    expect(created.status).toBe(201);
    // attributes Howspace does not define are not stored
    expect(created.json).not.toHaveProperty('displayName');
    expect(created.json).not.toHaveProperty('emails');
    expect((await scim.call('GET', `/Users${q('userName eq "H@contoso.com"')}`)).json.totalResults).toBe(1);
    const refused = await scim.call('GET', `/Users${q('externalId eq "h1"')}`);
    expectScimError(refused, 400, 'invalidFilter');
    expect(refused.json.detail).toContain('Filterable User attributes: id, userName');
    expect((await scim.call('GET', `/Groups${q('externalId eq "x"')}`)).status).toBe(200);
    expectScimError(await scim.patch(`/Users/${created.json.id}`, [{ op: 'Replace', path: 'title', value: 'x' }]), 400, 'invalidPath');
    // Vendor profiles keep referential integrity: a member id nobody has is refused.
    const group = (await scim.call('POST', '/Groups', entraGroup('Refs'))).json.id as string;
    const ghost = await scim.patch(`/Groups/${group}`, [{ op: 'Add', path: 'members', value: [{ value: 'ghost' }] }]);
    expectScimError(ghost, 400, 'invalidValue');
    expect(ghost.json.detail).toBe('Cannot add member "ghost": no User or Group has that id.');
    const schemas = (await scim.call('GET', '/Schemas')).json;
    expect(schemas.Resources.map((s: { name: string }) => s.name)).toEqual(['User', 'Group']);
  });

  it('officernd: userName must be an email, DELETE marks the user Former, and groups become teams', async () => {
    scim = await startTestEndpoint('officernd');
    expectScimError(await scim.call('POST', '/Users', { userName: 'not-an-email' }), 400, 'invalidValue');
    const alice = (await scim.call('POST', '/Users', entraUser('alice@contoso.com', 'oid-alice'))).json;
    expect(alice[OFFICERND_USER_SCHEMA]).toEqual({ status: 'Active' });
    const first = (await scim.call('POST', '/Groups', { ...entraGroup('Design'), description: 'Design team' })).json;
    expect(first.description).toBe('Design team');
    const second = (await scim.call('POST', '/Groups', entraGroup('Ops'))).json;
    await scim.patch(`/Groups/${first.id}`, [{ op: 'Add', path: 'members', value: [{ value: alice.id }] }]);
    await scim.patch(`/Groups/${second.id}`, [{ op: 'Add', path: 'members', value: [{ value: alice.id }] }]);
    const teams = (await scim.call('GET', `/Users/${alice.id}`)).json[OFFICERND_USER_SCHEMA];
    expect(teams).toEqual({
      status: 'Active',
      primaryTeam: { value: first.id, display: 'Design' },
      additionalTeams: [{ value: second.id, display: 'Ops' }],
    });
    expectScimError(await scim.patch(`/Groups/${first.id}`, [{ op: 'Add', path: 'members', value: [{ value: second.id }] }]), 400, 'invalidValue');

    expect((await scim.call('DELETE', `/Users/${alice.id}`)).status).toBe(204);
    const former = await scim.call('GET', `/Users/${alice.id}`);
    expect(former.status).toBe(200);
    expect(former.json.active).toBe(false);
    expect(former.json[OFFICERND_USER_SCHEMA].status).toBe('Former');
    expect((await scim.call('GET', `/Users${q('externalId eq "oid-alice"')}`)).json.totalResults).toBe(1);
    expect((await scim.call('GET', `/Groups/${first.id}`)).json.members).toHaveLength(1);
    await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'active', value: 'True' }]);
    expect((await scim.call('GET', `/Users/${alice.id}`)).json[OFFICERND_USER_SCHEMA].status).toBe('Active');
  });

  it('officespace: enterprise extension kept, externalId filterable, title not', async () => {
    scim = await startTestEndpoint('officespace');
    const created = await scim.call('POST', '/Users', { ...entraUser('o@contoso.com', 'o1'), 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'IT' } });
    expect(created.json['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User']).toEqual({ department: 'IT' });
    expect((await scim.call('GET', `/Users${q('externalId eq "o1"')}`)).json.totalResults).toBe(1);
    expectScimError(await scim.call('GET', `/Users${q('displayName eq "x"')}`), 400, 'invalidFilter');
  });

  it('generic: the group members filter and full user schema are available', async () => {
    scim = await startTestEndpoint('generic');
    const types = (await scim.call('GET', '/ResourceTypes/User')).json;
    expect(types.schemaExtensions).toEqual([{ schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false }]);
  });
});
