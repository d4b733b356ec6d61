import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTERPRISE, startTestEndpoint, type ScimClient } from './scim-fixture';

/** Issue 15 item 3: the request log never stores a password, whatever form the client sends it in. */
describe('SCIM request log redacts secrets before storage', () => {
  let scim: ScimClient;
  beforeAll(async () => {
    scim = await startTestEndpoint('generic');
  });
  afterAll(async () => {
    await scim.close();
  });

  function storedBodies(): string[] {
    const { seq } = scim.store.log.latest();
    const out: string[] = [];
    for (let i = 1; i <= seq; i++) {
      const row = scim.store.log.get(i);
      if (row?.requestBody) out.push(row.requestBody);
    }
    return out;
  }

  it('stores POST and PATCH bodies with password values replaced by [redacted]', async () => {
    const created = await scim.call('POST', '/Users', { userName: 'secret@contoso.com', password: 'Hunter2-Secret!', [ENTERPRISE]: { department: 'Ops' } });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    await scim.patch(`/Users/${id}`, [
      { op: 'replace', path: 'password', value: 'Second-Secret!' },
      { op: 'Replace', value: { PASSWORD: 'Third-Secret!', nickName: 'n' } },
      { op: 'add', path: 'urn:ietf:params:scim:schemas:core:2.0:User:password', value: 'Fourth-Secret!' },
    ]);
    await scim.call('PUT', `/Users/${id}`, `{"userName":"secret@contoso.com","password":"Fifth-Secret!"`);
    await scim.server.close(); // flushes the buffered log entries
    const bodies = storedBodies();
    expect(bodies).toHaveLength(3);
    expect(bodies.join('\n')).not.toMatch(/Secret!/);
    expect(JSON.parse(bodies[0]!)).toEqual({ userName: 'secret@contoso.com', password: '[redacted]', [ENTERPRISE]: { department: 'Ops' } });
    expect(JSON.parse(bodies[1]!).Operations).toEqual([
      { op: 'replace', path: 'password', value: '[redacted]' },
      { op: 'Replace', value: { PASSWORD: '[redacted]', nickName: 'n' } },
      { op: 'add', path: 'urn:ietf:params:scim:schemas:core:2.0:User:password', value: '[redacted]' },
    ]);
    expect(bodies[2]).toBe('{"userName":"secret@contoso.com","password":"[redacted]"');
  });

  it('blanks passwords in entries logged before redaction existed when they are read', () => {
    scim.store.log.append([
      { at: '2026-01-01T00:00:00.000Z', method: 'POST', path: '/scim/v2/Users', status: 201, durationMs: 1, resourceType: 'User', requestBody: '{"userName":"old","password":"Old-Secret!"}', responseBody: null },
    ]);
    const { seq } = scim.store.log.latest();
    expect(scim.store.log.get(seq)?.requestBody).toBe('{"userName":"old","password":"[redacted]"}');
  });
});
