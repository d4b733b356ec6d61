import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectScimError, startTestEndpoint, TOKEN, type ScimClient } from './scim-fixture';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/**
 * The checks third-party SCIM conformance collections make (the Postman "SCIM Tests" of
 * AzureAD/SCIMReferenceCode, Okta's SCIM 2.0 spec test), against a real endpoint with the generic
 * profile. Where the collections contradict each other (PATCH 200 vs 204) the endpoint keeps Entra's.
 */
describe('generic SCIM endpoint against conformance-collection checks', () => {
  let scim: ScimClient;
  let userId: string;
  let otherId: string;
  let groupId: string;

  beforeAll(async () => {
    scim = await startTestEndpoint('generic');
  });
  afterAll(async () => {
    await scim.close();
  });

  it('creates a user with several emails, phone numbers and addresses of one type', async () => {
    const created = await scim.call('POST', '/Users', {
      schemas: [USER],
      userName: 'Runscope300Test@atko.com',
      name: { givenName: 'Test', familyName: 'User' },
      emails: [
        { value: 'first@atko.com', type: 'work' },
        { value: 'second@atko.com', type: 'work', primary: true },
        { value: 'home@atko.com', type: 'home' },
      ],
      phoneNumbers: [
        { value: '+1 555 0100', type: 'work' },
        { value: '+1 555 0101', type: 'work' },
      ],
      addresses: [
        { type: 'work', locality: 'Oslo' },
        { type: 'work', locality: 'Bergen' },
      ],
      active: true,
      password: 'Pass1234!',
    });
    expect(created.status).toBe(201);
    userId = created.json.id;
    expect(created.json.emails).toEqual([
      { value: 'first@atko.com', type: 'work' },
      { value: 'second@atko.com', type: 'work', primary: true },
      { value: 'home@atko.com', type: 'home' },
    ]);
    expect(created.json.phoneNumbers).toHaveLength(2);
    expect(created.json.addresses).toEqual([
      { type: 'work', locality: 'Oslo' },
      { type: 'work', locality: 'Bergen' },
    ]);
    expect(created.json.password).toBeUndefined();
    otherId = (await scim.call('POST', '/Users', { schemas: [USER], userName: 'Runscope301Test@atko.com', active: false })).json.id;
  });

  it('finds users with eq, sw, co, gt and pages through them', async () => {
    const eq = await scim.call('GET', `/Users?filter=${encodeURIComponent('userName eq "Runscope300Test@atko.com"')}`);
    expect([eq.json.totalResults, eq.json.Resources[0].id]).toEqual([1, userId]);
    const sw = await scim.call('GET', `/Users?filter=${encodeURIComponent('userName sw "runscope30"')}&sortBy=userName`);
    expect(sw.json.Resources.map((u: { id: string }) => u.id)).toEqual([userId, otherId]);
    const co = await scim.call('GET', `/Users?filter=${encodeURIComponent('emails.value co "second@"')}`);
    expect(co.json.Resources.map((u: { id: string }) => u.id)).toEqual([userId]);
    const gt = await scim.call('GET', `/Users?filter=${encodeURIComponent('meta.lastModified gt "2000-01-01T00:00:00Z"')}`);
    expect(gt.json.totalResults).toBe(2);
    const page = await scim.call('GET', '/Users?startIndex=2&count=1&sortBy=userName');
    expect(page.json).toMatchObject({ totalResults: 2, startIndex: 2, itemsPerPage: 1 });
    expect(page.json.Resources[0].id).toBe(otherId);
    const none = await scim.call('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@atko.com"')}`);
    expect(none.json).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it('answers filters that are not valid SCIM with 400 invalidFilter', async () => {
    for (const filter of ['userName eq kwame', 'userName gt 5', 'active eq "yes"', 'userName eq']) {
      expectScimError(await scim.call('GET', `/Users?filter=${encodeURIComponent(filter)}`), 400, 'invalidFilter');
    }
  });

  it('projects attributes and sub-attributes with attributes= and excludedAttributes=', async () => {
    const only = await scim.call('GET', `/Users/${userId}?attributes=name.familyName,emails.value`);
    expect(only.json).toEqual({
      schemas: [USER],
      id: userId,
      name: { familyName: 'User' },
      emails: [{ value: 'first@atko.com' }, { value: 'second@atko.com' }, { value: 'home@atko.com' }],
    });
    const qualified = await scim.call('GET', `/Users/${userId}?attributes=${USER}:name.givenName`);
    expect(qualified.json.name).toEqual({ givenName: 'Test' });
    const without = await scim.call('GET', `/Users/${userId}?excludedAttributes=name.givenName,emails.type,meta`);
    expect(without.json.name).toEqual({ familyName: 'User' });
    expect(without.json.emails[1]).toEqual({ value: 'second@atko.com', primary: true });
    expect(without.json.meta).toBeUndefined();
    const listed = await scim.call('GET', `/Users?attributes=userName,name.familyName&filter=${encodeURIComponent('userName eq "Runscope300Test@atko.com"')}`);
    expect(listed.json.Resources).toEqual([{ schemas: [USER], id: userId, userName: 'Runscope300Test@atko.com', name: { familyName: 'User' } }]);
  });

  it('replaces the work email a [type eq "work"] path names: the primary one', async () => {
    const reply = await scim.patch(`/Users/${userId}`, [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'renamed@atko.com' }]);
    expect(reply.status).toBe(200);
    expect(reply.json.emails).toEqual([
      { value: 'first@atko.com', type: 'work' },
      { value: 'renamed@atko.com', type: 'work', primary: true },
      { value: 'home@atko.com', type: 'home' },
    ]);
    const phones = await scim.patch(`/Users/${userId}`, [{ op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0199' }]);
    expect(phones.json.phoneNumbers).toEqual([
      { value: '+1 555 0199', type: 'work' },
      { value: '+1 555 0101', type: 'work' },
    ]);
  });

  it('applies PATCH add, replace and remove in their path and no-path forms', async () => {
    const add = await scim.patch(`/Users/${userId}`, [{ op: 'add', value: { nickName: 'Babs', title: 'Tester' } }]);
    expect([add.status, add.json.nickName, add.json.title]).toEqual([200, 'Babs', 'Tester']);
    const replace = await scim.patch(`/Users/${userId}`, [
      { op: 'replace', path: 'active', value: false },
      { op: 'replace', value: { 'name.givenName': 'Bab' } },
    ]);
    expect([replace.json.active, replace.json.name.givenName]).toEqual([false, 'Bab']);
    const remove = await scim.patch(`/Users/${userId}`, [{ op: 'remove', path: 'title' }]);
    expect(remove.json.title).toBeUndefined();
    const cleared = await scim.patch(`/Users/${userId}`, [{ op: 'remove', path: 'emails[type eq "work"]' }]);
    expect(cleared.json.emails).toEqual([{ value: 'home@atko.com', type: 'home' }]);
  });

  it('creates groups with members whose ids it does not know, and manages them by PATCH', async () => {
    const created = await scim.call('POST', '/Groups', {
      schemas: [GROUP],
      displayName: 'Tiffany Ortiz',
      members: [{ value: userId, display: 'Runscope300Test' }, { value: 'unknown-id-0001' }],
    });
    expect(created.status).toBe(201);
    groupId = created.json.id;
    expect(created.json.members.map((m: { value: string }) => m.value)).toEqual([userId, 'unknown-id-0001']);
    const add = await scim.patch(`/Groups/${groupId}`, [{ op: 'add', path: 'members', value: [{ value: otherId }, { value: 'unknown-id-0002' }] }]);
    expect(add.status).toBe(204);
    const remove = await scim.patch(`/Groups/${groupId}`, [{ op: 'remove', path: 'members[value eq "unknown-id-0001"]' }]);
    expect(remove.status).toBe(204);
    const rename = await scim.patch(`/Groups/${groupId}`, [{ op: 'replace', value: { displayName: 'Tiffany Renamed' } }]);
    expect(rename.status).toBe(204);
    const read = await scim.call('GET', `/Groups/${groupId}`);
    expect(read.json.displayName).toBe('Tiffany Renamed');
    expect(read.json.members.map((m: { value: string }) => m.value)).toEqual([userId, otherId, 'unknown-id-0002']);
    const slim = await scim.call('GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Tiffany Renamed"')}`);
    expect(slim.json.Resources).toHaveLength(1);
    expect(slim.json.Resources[0].members).toBeUndefined();
    const ids = await scim.call('GET', `/Groups/${groupId}?attributes=members.value`);
    expect(ids.json.members).toEqual([{ value: userId }, { value: otherId }, { value: 'unknown-id-0002' }]);
  });

  it('takes Location and meta.location from the configured base URL, not the Host header', async () => {
    const created = await postWithHost(scim, { schemas: [USER], userName: 'host-header@atko.com' }, 'evil.example:443');
    expect(created.status).toBe(201);
    const expected = `${scim.server.tenantUrl}/Users/${created.json.id}`;
    expect([created.location, created.json.meta.location]).toEqual([expected, expected]);
  });

  it('answers GET of a deleted user with 404 and a SCIM error', async () => {
    expect((await scim.call('DELETE', `/Users/${otherId}`)).status).toBe(204);
    expectScimError(await scim.call('GET', `/Users/${otherId}`), 404);
  });
});

/** fetch() will not send a Host header of the caller's choosing; node:http will. */
function postWithHost(scim: ScimClient, body: unknown, host: string): Promise<{ status: number; location: string | undefined; json: { id: string; meta: { location: string } } }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${scim.server.tenantUrl}/Users`,
      { method: 'POST', headers: { Host: host, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/scim+json', 'Content-Length': Buffer.byteLength(text) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
