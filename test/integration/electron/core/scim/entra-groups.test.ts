import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entraGroup, entraUser, expectScimError, startTestEndpoint, type ScimClient } from './scim-fixture';

/** Replays Entra's group traffic (scim-entra.md §4.7) in both dialects against a real endpoint. */
describe('local SCIM endpoint under Entra group traffic', () => {
  let scim: ScimClient;
  let users: string[];
  beforeEach(async () => {
    scim = await startTestEndpoint();
    users = [];
    for (const name of ['u1', 'u2', 'u3']) users.push((await scim.call('POST', '/Users', entraUser(`${name}@contoso.com`))).json.id);
  });
  afterEach(async () => {
    await scim.close();
  });

  async function createSales(): Promise<string> {
    const reply = await scim.call('POST', '/Groups', entraGroup('Sales'));
    expect(reply.status).toBe(201);
    return reply.json.id;
  }

  async function memberIds(groupId: string): Promise<string[]> {
    const group = (await scim.call('GET', `/Groups/${groupId}`)).json;
    return (group.members ?? []).map((m: { value: string }) => m.value).sort();
  }

  it('creates a group with the Microsoft schema URN, matches it case-insensitively without members, 409 on duplicate (items 21–23)', async () => {
    const id = await createSales();
    const created = (await scim.call('GET', `/Groups/${id}`)).json;
    expect(created).toMatchObject({ id, displayName: 'Sales', externalId: 'oid-Sales', meta: { resourceType: 'Group' } });
    const match = await scim.call('GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "sales"')}`);
    expect(match.json.totalResults).toBe(1);
    expect(match.json.Resources[0]).not.toHaveProperty('members');
    await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ $ref: null, value: users[0] }] }]);
    expect((await scim.call('GET', `/Groups/${id}?excludedAttributes=members`)).json).not.toHaveProperty('members');
    expectScimError(await scim.call('POST', '/Groups', entraGroup('SALES', 'other')), 409, 'uniqueness');
  });

  it('renames with a path replace and with the Validator’s no-path forms: 204 (item 24)', async () => {
    const id = await createSales();
    let reply = await scim.patch(`/Groups/${id}`, [{ op: 'Replace', path: 'displayName', value: 'Sales EU' }]);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    reply = await scim.patch(`/Groups/${id}`, [{ op: 'replace', value: { displayName: 'Sales NA' } }, { op: 'replace', value: { externalId: 'x-1' } }]);
    expect(reply.status).toBe(204);
    expect((await scim.call('GET', `/Groups/${id}`)).json).toMatchObject({ displayName: 'Sales NA', externalId: 'x-1' });
  });

  it('adds several members per op and several ops per request; re-adding is a no-op (item 25)', async () => {
    const id = await createSales();
    const reply = await scim.patch(`/Groups/${id}`, [
      { op: 'Add', path: 'members', value: [{ $ref: null, value: users[0] }, { $ref: null, value: users[1] }] },
      { op: 'Add', path: 'members', value: [{ value: users[2] }, { value: users[0] }] },
    ]);
    expect(reply.status).toBe(204);
    expect(await memberIds(id)).toEqual([...users].sort());
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ value: users[0] }] }])).status).toBe(204);
    expect(await memberIds(id)).toHaveLength(3);
    const group = (await scim.call('GET', `/Groups/${id}`)).json;
    expect(group.members[0]).toMatchObject({ type: 'User', $ref: `${scim.server.tenantUrl}/Users/${group.members[0].value}` });
  });

  it('removes members in both dialects; removing a non-member is a no-op; remove without value clears (items 26, 32d)', async () => {
    const id = await createSales();
    await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: users.map((value) => ({ value })) }]);
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: users[0] }] }])).status).toBe(204);
    expect(await memberIds(id)).toEqual([users[1], users[2]].sort());
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'remove', path: `members[value eq "${users[1]}"]` }])).status).toBe(204);
    expect(await memberIds(id)).toEqual([users[2]]);
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'remove', path: `members[value eq "${users[0]}"]` }])).status).toBe(204);
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'remove', path: 'members' }])).status).toBe(204);
    expect(await memberIds(id)).toEqual([]);
  });

  it('answers the membership probe with 1 or 0 results (item 27)', async () => {
    const id = await createSales();
    await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ value: users[0] }] }]);
    const probe = (uid: string) => scim.call('GET', `/Groups?filter=${encodeURIComponent(`id eq "${id}" and members eq "${uid}"`)}&excludedAttributes=members`);
    const hit = await probe(users[0] as string);
    expect(hit.json.totalResults).toBe(1);
    expect(hit.json.Resources[0]).not.toHaveProperty('members');
    expect((await probe(users[1] as string)).json.totalResults).toBe(0);
    const userView = (await scim.call('GET', `/Users/${users[0]}`)).json;
    expect(userView.groups).toEqual([{ value: id, $ref: `${scim.server.tenantUrl}/Groups/${id}`, display: 'Sales', type: 'direct' }]);
  });

  it('keeps members it does not know (generic: no referential integrity), and deletes groups: 204 then 404 (item 28)', async () => {
    const id = await createSales();
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ value: 'ghost' }] }])).status).toBe(204);
    expect(await memberIds(id)).toEqual(['ghost']);
    expect((await scim.call('DELETE', `/Groups/${id}`)).status).toBe(204);
    expectScimError(await scim.call('GET', `/Groups/${id}`), 404);
    expectScimError(await scim.call('DELETE', `/Groups/${id}`), 404);
  });

  it('drops a deleted user from every group', async () => {
    const id = await createSales();
    await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: users.map((value) => ({ value })) }]);
    await scim.call('DELETE', `/Users/${users[0]}`);
    expect(await memberIds(id)).toEqual([users[1], users[2]].sort());
  });

  it('keeps every member when many clients add members to one group at once', async () => {
    const id = await createSales();
    const many: string[] = [];
    for (let i = 0; i < 40; i++) many.push((await scim.call('POST', '/Users', { userName: `m${i}@contoso.com` })).json.id);
    const replies = await Promise.all(many.map((value) => scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ value }] }])));
    expect(replies.every((r) => r.status === 204)).toBe(true);
    expect(await memberIds(id)).toHaveLength(40);
  });
});
