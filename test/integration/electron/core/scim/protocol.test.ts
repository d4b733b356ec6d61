import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTERPRISE, entraUser, expectScimError, startTestEndpoint, TOKEN, type ScimClient } from './scim-fixture';

describe('local SCIM endpoint protocol (RFC 7644)', () => {
  let scim: ScimClient;
  beforeEach(async () => {
    scim = await startTestEndpoint('generic', { maxBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await scim.close();
  });

  const q = (filter: string) => `/Users?filter=${encodeURIComponent(filter)}`;

  it('requires the bearer token on every request, answering 401 with a SCIM error (item 2)', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const response = await fetch(`${scim.server.tenantUrl}/ServiceProviderConfig`, { headers: authorization ? { Authorization: authorization } : {} });
      const body = await response.json();
      expect(response.status).toBe(401);
      expect(body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
    }
    expect((await fetch(`${scim.server.tenantUrl}/Users`, { headers: { authorization: `bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('routes paths case-insensitively and answers unknown paths and methods with SCIM errors', async () => {
    expect((await scim.call('GET', '/USERS')).status).toBe(200);
    expect((await scim.call('GET', '/groups')).status).toBe(200);
    expect((await fetch(`${scim.server.url}/SCIM/V2/serviceproviderconfig`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expectScimError(await scim.call('GET', '/Nope'), 404);
    expectScimError(await scim.call('DELETE', '/Users'), 405);
    expectScimError(await scim.call('GET', '/Users/a/b'), 404);
    expectScimError(await scim.call('GET', '/Users/%E0%A4%A'), 400);
  });

  it('answers bad bodies with 400 and over-large ones with 413, never a 5xx', async () => {
    expectScimError(await scim.call('POST', '/Users', '{"userName":'), 400, 'invalidSyntax');
    expectScimError(await scim.call('POST', '/Users', '[1,2]'), 400, 'invalidSyntax');
    expectScimError(await scim.call('POST', '/Users', ''), 400, 'invalidSyntax');
    expectScimError(await scim.call('POST', '/Users', { displayName: 'no userName' }), 400, 'invalidValue');
    expectScimError(await scim.call('POST', '/Users', { userName: 42 }), 400, 'invalidValue');
    // RFC 7643 allows two emails of one type (issue 15): accepted as sent.
    expect((await scim.call('POST', '/Users', { userName: 'dup@x.com', emails: [{ type: 'work', value: 'a@x' }, { type: 'Work', value: 'b@x' }] })).json.emails).toEqual([
      { type: 'work', value: 'a@x' },
      { type: 'Work', value: 'b@x' },
    ]);
    expectScimError(await scim.call('POST', '/Users', { userName: 'a', displayName: 'x'.repeat(70 * 1024) }), 413);
    expect((await scim.call('GET', '/Users')).status).toBe(200);
  });

  it('pages with startIndex/count and echoes startIndex (item 30)', async () => {
    for (let i = 0; i < 5; i++) await scim.call('POST', '/Users', { userName: `p${i}@contoso.com` });
    const page = await scim.call('GET', '/Users?startIndex=2&count=2');
    expect(page.json).toMatchObject({ totalResults: 5, startIndex: 2, itemsPerPage: 2 });
    expect(page.json.Resources.map((u: { userName: string }) => u.userName)).toEqual(['p1@contoso.com', 'p2@contoso.com']);
    expect((await scim.call('GET', '/Users?startIndex=0&count=-3')).json).toMatchObject({ totalResults: 5, startIndex: 1, itemsPerPage: 0, Resources: [] });
    expect((await scim.call('GET', '/Users?count=abc')).json.itemsPerPage).toBe(5);
  });

  it('searches with POST /.search like GET with a filter, and ignores unknown query parameters', async () => {
    await scim.call('POST', '/Users', { userName: 's1@x.com' });
    await scim.call('POST', '/Users', { userName: 's2@x.com' });
    const reply = await scim.call('POST', '/Users/.search', { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'userName sw "s2"', attributes: ['userName'], count: 5 });
    expect(reply.status).toBe(200);
    expect(reply.json.Resources).toEqual([{ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: expect.any(String), userName: 's2@x.com' }]);
    expect((await scim.call('GET', '/Users?aadOptscim062020&foo=bar&COUNT=1')).json.itemsPerPage).toBe(1);
  });

  it('sorts by any attribute, ascending or descending', async () => {
    for (const name of ['b', 'C', 'a']) await scim.call('POST', '/Users', { userName: `${name}@x.com`, displayName: name });
    const asc = await scim.call('GET', '/Users?sortBy=displayName');
    expect(asc.json.Resources.map((u: { displayName: string }) => u.displayName)).toEqual(['a', 'b', 'C']);
    const desc = await scim.call('GET', '/Users?sortBy=userName&sortOrder=descending');
    expect(desc.json.Resources.map((u: { displayName: string }) => u.displayName)).toEqual(['C', 'b', 'a']);
    expectScimError(await scim.call('GET', '/Users?sortBy=nope'), 400);
  });

  it('supports the full filter grammar with per-attribute case sensitivity (item 29)', async () => {
    await scim.call('POST', '/Users', { ...entraUser('alice@contoso.com', 'A1'), title: 'Engineer', [ENTERPRISE]: { department: 'R&D' } });
    await scim.call('POST', '/Users', { ...entraUser('bob@fabrikam.com', 'B1'), active: false, emails: [{ type: 'home', value: 'bob@home.test' }] });
    const count = async (filter: string) => {
      const reply = await scim.call('GET', q(filter));
      if (reply.status !== 200) throw new Error(`${filter}: ${reply.text}`);
      return reply.json.totalResults as number;
    };
    expect(await count('userName co "CONTOSO"')).toBe(1);
    expect(await count('userName sw "bob"')).toBe(1);
    expect(await count('userName ew ".com"')).toBe(2);
    expect(await count('userName ne "alice@contoso.com"')).toBe(1);
    expect(await count('externalId eq "a1"')).toBe(0);
    expect(await count('title pr')).toBe(1);
    expect(await count('not (title pr)')).toBe(1);
    expect(await count('active eq false or title eq "engineer"')).toBe(2);
    expect(await count('(active eq true) and (userName sw "a" or userName sw "b")')).toBe(1);
    expect(await count('emails[type eq "work" and value co "contoso"]')).toBe(1);
    expect(await count('emails.value ew ".test" and not (active eq true)')).toBe(1);
    expect(await count(`${ENTERPRISE}:department eq "r&d"`)).toBe(1);
    expect(await count('meta.created gt "2000-01-01T00:00:00Z"')).toBe(2);
    expect(await count('meta.lastModified lt "2000-01-01T00:00:00Z"')).toBe(0);
    expect(await count('name.givenName eq "given"')).toBe(2);
    expect(await count('USERNAME EQ "ALICE@CONTOSO.COM"')).toBe(1);
    for (const bad of ['userName eq', 'userName xx "a"', '(userName eq "a"', 'active eq "yes"', 'nope eq "x"', 'emails[type eq "work"', 'userName gt true']) {
      expectScimError(await scim.call('GET', q(bad)), 400, 'invalidFilter');
    }
  });

  it('uses an index, never a scan, for eq on userName, externalId, displayName and id', () => {
    const plan = (sql: string) =>
      (scim.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan('SELECT * FROM scim_users r WHERE r.user_name = ? COLLATE NOCASE')).toMatch(/USING INDEX scim_users_user_name/);
    expect(plan('SELECT * FROM scim_users r WHERE r.external_id = ?')).toMatch(/USING INDEX scim_users_external_id/);
    expect(plan('SELECT * FROM scim_users r WHERE r.display_name = ? COLLATE NOCASE')).toMatch(/USING INDEX scim_users_display_name/);
    expect(plan('SELECT * FROM scim_groups r WHERE r.display_name = ? COLLATE NOCASE')).toMatch(/USING INDEX scim_groups_display_name/);
    expect(plan('SELECT * FROM scim_users r WHERE r.id = ?')).toMatch(/USING INDEX sqlite_autoindex_scim_users/);
  });

  it('versions resources with ETags: If-Match mismatch → 412, If-None-Match → 304', async () => {
    const created = await scim.call('POST', '/Users', { userName: 'e@x.com' });
    const etag = created.headers.get('etag') as string;
    expect(etag).toBe('W/"1"');
    const changed = await scim.call('PATCH', `/Users/${created.json.id}`, { Operations: [{ op: 'replace', path: 'title', value: 't' }] }, { 'If-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.json.meta.version).toBe('W/"2"');
    expectScimError(await scim.call('PUT', `/Users/${created.json.id}`, { userName: 'e@x.com' }, { 'If-Match': etag }), 412);
    expectScimError(await scim.call('DELETE', `/Users/${created.json.id}`, undefined, { 'If-Match': etag }), 412);
    expect((await scim.call('GET', `/Users/${created.json.id}`, undefined, { 'If-None-Match': 'W/"2"' })).status).toBe(304);
    expect((await scim.call('DELETE', `/Users/${created.json.id}`, undefined, { 'If-Match': '*' })).status).toBe(204);
  });

  it('replaces a resource with PUT, keeping id and created', async () => {
    const created = (await scim.call('POST', '/Users', entraUser('put@x.com'))).json;
    const replaced = await scim.call('PUT', `/Users/${created.id}`, { userName: 'put2@x.com', active: 'False' });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toMatchObject({ id: created.id, userName: 'put2@x.com', active: false, meta: { created: created.meta.created } });
    expect(replaced.json).not.toHaveProperty('emails');
  });

  it('serves discovery: ServiceProviderConfig, Schemas (User first, camelCase, no nulls) and ResourceTypes (item 31)', async () => {
    const spc = (await scim.call('GET', '/ServiceProviderConfig')).json;
    expect(spc.patch.supported).toBe(true);
    expect(spc.etag.supported).toBe(true);
    const schemas = (await scim.call('GET', '/Schemas')).json;
    expect(schemas.Resources.map((s: { id: string }) => s.id)).toEqual([
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:core:2.0:Group',
      ENTERPRISE,
    ]);
    expect(schemas.Resources[0].description).toBe('User Account');
    expect(JSON.stringify(schemas)).not.toContain('null');
    expect(schemas.Resources[0].attributes[0]).toMatchObject({ name: 'userName', mutability: 'readWrite', uniqueness: 'server' });
    expect((await scim.call('GET', `/Schemas/${ENTERPRISE}`)).json.id).toBe(ENTERPRISE);
    const types = (await scim.call('GET', '/ResourceTypes')).json;
    expect(types.Resources.map((r: { name: string }) => r.name)).toEqual(['User', 'Group']);
    expect((await scim.call('GET', '/ResourceTypes/Group')).json.endpoint).toBe('/Groups');
  });

  it('records every request in the log without the token', async () => {
    await scim.call('POST', '/Users', { userName: 'log@x.com' });
    await fetch(`${scim.server.tenantUrl}/Users`, { headers: { Authorization: 'Bearer nope' } });
    await scim.server.close();
    const entries = scim.store.log.list({ limit: 10 });
    expect(entries.map((e) => [e.method, e.status])).toEqual([
      ['GET', 401],
      ['POST', 201],
    ]);
    const post = scim.store.log.get(entries[1]!.seq);
    expect(post?.requestBody).toContain('log@x.com');
    expect(post?.responseBody).toContain('"id"');
    expect(JSON.stringify(scim.store.db.prepare('SELECT * FROM scim_request_log').all())).not.toContain(TOKEN);
  });
});
