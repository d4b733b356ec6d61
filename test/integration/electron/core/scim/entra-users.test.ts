import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTERPRISE, entraUser, expectScimError, startTestEndpoint, type ScimClient } from './scim-fixture';

/** Replays Entra's user traffic from scim-entra.md (§4.1–4.6) against a real endpoint, in both PATCH dialects. */
describe('local SCIM endpoint under Entra user traffic', () => {
  let scim: ScimClient;
  beforeEach(async () => {
    scim = await startTestEndpoint();
  });
  afterEach(async () => {
    await scim.close();
  });

  async function createAlice() {
    const reply = await scim.call('POST', '/Users', entraUser('alice@contoso.com', 'alice'));
    expect(reply.status).toBe(201);
    return reply.json as { id: string };
  }

  it('answers Test Connection with an empty ListResponse, ignoring aadOptscim062020 and +-encoding (items 1, 3, 30)', async () => {
    const reply = await scim.call('GET', '/Users?aadOptscim062020&filter=userName+eq+%225f0c1d2e-0000-4000-8000-123456789abc%22');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(reply.json).toEqual({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [], startIndex: 1, itemsPerPage: 0 });
    expect((await scim.call('GET', '/Groups?filter=displayName+eq+%22nope%22')).json.totalResults).toBe(0);
  });

  it('creates a user from Entra’s body: 201, Location, server meta, nulls dropped, values as sent (items 7, 8)', async () => {
    const reply = await scim.call('POST', '/Users', entraUser('Alice.Smith@Contoso.com', 'alice'));
    expect(reply.status).toBe(201);
    const user = reply.json;
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers.get('location')).toBe(`${scim.server.tenantUrl}/Users/${user.id}`);
    expect(reply.headers.get('etag')).toBe(user.meta.version);
    expect(user.meta).toMatchObject({ resourceType: 'User', location: `${scim.server.tenantUrl}/Users/${user.id}` });
    expect(Date.parse(user.meta.created)).not.toBeNaN();
    expect(user.userName).toBe('Alice.Smith@Contoso.com');
    expect(user.emails).toEqual([{ primary: true, type: 'work', value: 'Alice.Smith@Contoso.com' }]);
    expect(user).not.toHaveProperty('addresses');
    expect(user).not.toHaveProperty('title');
    expect(user).not.toHaveProperty('roles');
    expect((await scim.call('GET', `/Users/${user.id}`)).json).toEqual(user);
  });

  it('coerces active:"True" on POST to a JSON boolean (item 19)', async () => {
    const reply = await scim.call('POST', '/Users', { ...entraUser('b@contoso.com'), active: 'True', roles: [{ value: 'r', primary: 'False' }] });
    expect(reply.json.active).toBe(true);
    expect(reply.json.roles).toEqual([{ value: 'r', primary: false }]);
  });

  it('matches by userName (any case), externalId and work email; 409 on a duplicate userName (items 6, 9, 29)', async () => {
    const alice = await createAlice();
    for (const filter of ['userName eq "ALICE@contoso.COM"', 'externalId eq "alice"', 'emails[type eq "work"].value eq "alice@contoso.com"']) {
      const reply = await scim.call('GET', `/Users?filter=${encodeURIComponent(filter)}`);
      expect(reply.json.totalResults, filter).toBe(1);
      expect(reply.json.Resources[0].id).toBe(alice.id);
    }
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('externalId eq "ALICE"')}`)).json.totalResults).toBe(0);
    // An unquoted value is not a SCIM filter (issue 15): 400, not a silent match.
    expectScimError(await scim.call('GET', `/Users?filter=${encodeURIComponent('externalId eq alice')}`), 400, 'invalidFilter');
    expectScimError(await scim.call('POST', '/Users', entraUser('Alice@Contoso.com', 'other')), 409, 'uniqueness');
  });

  it('returns 404 with a SCIM error for an unknown id, and projects attributes with id always present (items 10, 11)', async () => {
    await createAlice();
    expectScimError(await scim.call('GET', '/Users/does-not-exist'), 404);
    const reply = await scim.call('GET', '/Users?attributes=userName,emails');
    expect(Object.keys(reply.json.Resources[0]).sort()).toEqual(['emails', 'id', 'schemas', 'userName']);
  });

  it('applies Entra’s default-dialect attribute update: capitalised ops, filtered path, sub-attribute (item 12)', async () => {
    const alice = await createAlice();
    const reply = await scim.patch(`/Users/${alice.id}`, [
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@contoso.com' },
      { op: 'Replace', path: 'name.familyName', value: 'Smith' },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.json.emails).toEqual([{ primary: true, type: 'work', value: 'new@contoso.com' }]);
    expect(reply.json.name).toEqual({ givenName: 'Given', familyName: 'Smith', formatted: 'Given Family' });
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('emails[type eq "work"].value eq "new@contoso.com"')}`)).json.totalResults).toBe(1);
  });

  it('creates a missing element from a filtered path, stores extension paths under the URN, Add on single-valued = replace (items 13–15)', async () => {
    const created = await scim.call('POST', '/Users', { userName: 'x@y.com' });
    const id = created.json.id;
    const reply = await scim.patch(`/Users/${id}`, [
      { op: 'Add', path: 'emails[type eq "work"].value', value: 'x@y.com' },
      { op: 'Replace', path: `${ENTERPRISE}:employeeNumber`, value: '123' },
      { op: 'Add', path: 'nickName', value: 'Babs' },
      { op: 'Add', path: 'nickName', value: 'Babs2' },
    ]);
    expect(reply.json.emails).toEqual([{ type: 'work', value: 'x@y.com' }]);
    expect(reply.json[ENTERPRISE]).toEqual({ employeeNumber: '123' });
    expect(reply.json).not.toHaveProperty(`${ENTERPRISE}:employeeNumber`);
    expect(reply.json.schemas).toContain(ENTERPRISE);
    expect(reply.json.nickName).toBe('Babs2');
  });

  it('applies the flag dialect’s no-path replace dictionary, including userName/externalId/active (items 16, 17, 32c)', async () => {
    const alice = await createAlice();
    const reply = await scim.patch(`/Users/${alice.id}`, [
      { op: 'replace', value: { displayName: 'B', 'name.givenName': 'K', [`${ENTERPRISE}:employeeNumber`]: 'A', userName: 'bob@contoso.com', externalId: 'bob', active: false } },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ displayName: 'B', userName: 'bob@contoso.com', externalId: 'bob', active: false, name: { givenName: 'K' }, [ENTERPRISE]: { employeeNumber: 'A' } });
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('userName eq "bob@contoso.com"')}`)).json.totalResults).toBe(1);
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('externalId eq "bob"')}`)).json.totalResults).toBe(1);
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('userName eq "alice@contoso.com"')}`)).json.totalResults).toBe(0);
  });

  it('renames with a path replace, and the new name is found by filter (item 17)', async () => {
    const alice = await createAlice();
    await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'userName', value: 'bob@contoso.com' }]);
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('userName eq "Bob@contoso.com"')}`)).json.Resources[0].id).toBe(alice.id);
  });

  it('sets, changes and removes the manager in every form Entra uses (item 18)', async () => {
    const alice = await createAlice();
    const boss = (await scim.call('POST', '/Users', entraUser('boss@contoso.com'))).json;
    const boss2 = (await scim.call('POST', '/Users', entraUser('boss2@contoso.com'))).json;
    let reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: { value: boss.id } }]);
    expect(reply.json[ENTERPRISE].manager).toEqual({ value: boss.id });
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: boss2.id }]);
    expect(reply.json[ENTERPRISE].manager).toEqual({ value: boss2.id });
    // the older documented form: unqualified path, value array with $ref
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'manager', value: [{ $ref: `../Users/${boss.id}`, value: boss.id }] }]);
    expect(reply.json[ENTERPRISE].manager).toEqual({ $ref: `../Users/${boss.id}`, value: boss.id });
    expect(reply.json).not.toHaveProperty('manager');
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent(`${ENTERPRISE}:manager.value eq "${boss.id}"`)}`)).json.totalResults).toBe(1);
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: '' }]);
    expect(reply.json).not.toHaveProperty(ENTERPRISE);
    await scim.patch(`/Users/${alice.id}`, [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: boss.id }]);
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Remove', path: `${ENTERPRISE}:manager` }]);
    expect(reply.json[ENTERPRISE]?.manager).toBeUndefined();
  });

  it('disables and re-enables in both dialects; a disabled user is still found by id and filter (items 10, 19, 32a)', async () => {
    const alice = await createAlice();
    let reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(reply.json.active).toBe(false);
    expect((await scim.call('GET', `/Users/${alice.id}`)).json.active).toBe(false);
    expect((await scim.call('GET', `/Users?filter=${encodeURIComponent('userName eq "alice@contoso.com"')}`)).json.totalResults).toBe(1);
    expect((await scim.call('GET', `/Users?filter=active eq false`)).json.totalResults).toBe(1);
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'active', value: 'True' }]);
    expect(reply.json.active).toBe(true);
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'replace', path: 'active', value: false }]);
    expect(reply.json.active).toBe(false);
    reply = await scim.patch(`/Users/${alice.id}`, [{ op: 'replace', path: 'active', value: true }]);
    expect(reply.json.active).toBe(true);
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'replace', path: 'active', value: 'maybe' }]), 400, 'invalidValue');
  });

  it('deletes: 204 with an empty body, then GET and a second DELETE are 404 (item 20)', async () => {
    const alice = await createAlice();
    const reply = await scim.call('DELETE', `/Users/${alice.id}`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expectScimError(await scim.call('GET', `/Users/${alice.id}`), 404);
    expectScimError(await scim.call('DELETE', `/Users/${alice.id}`), 404);
  });

  it('rejects PATCH errors with the right scimType', async () => {
    const alice = await createAlice();
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Remove' }]), 400, 'noTarget');
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'noSuchAttribute', value: 'x' }]), 400, 'invalidPath');
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'emails[type eq "work"', value: 'x' }]), 400, 'invalidPath');
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'id', value: 'x' }]), 400, 'mutability');
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Replace', path: 'emails[type ne "work"].value', value: 'x' }]), 400, 'noTarget');
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Jump', path: 'userName', value: 'x' }]), 400, 'invalidSyntax');
    expectScimError(await scim.patch(`/Users/${alice.id}`, [{ op: 'Remove', path: 'userName' }]), 400, 'invalidValue');
    expectScimError(await scim.patch(`/Users/nope`, [{ op: 'Replace', path: 'userName', value: 'x' }]), 404);
  });
});
