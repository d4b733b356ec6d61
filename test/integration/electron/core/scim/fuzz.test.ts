import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entraUser, startTestEndpoint, type ScimClient, type ScimReply } from './scim-fixture';

/** Property-based fuzzing over real HTTP: whatever arrives, the answer is never a 5xx and errors are SCIM errors. */
describe('local SCIM endpoint under random input', () => {
  let scim: ScimClient;
  let userId: string;
  let groupId: string;
  beforeAll(async () => {
    scim = await startTestEndpoint();
    userId = (await scim.call('POST', '/Users', entraUser('fuzz@contoso.com'))).json.id;
    groupId = (await scim.call('POST', '/Groups', { displayName: 'Fuzz' })).json.id;
  });
  afterAll(async () => {
    await scim.close();
  });

  function wellFormed(reply: ScimReply): void {
    expect(reply.status, reply.text).toBeLessThan(500);
    if (reply.status >= 400) {
      expect(reply.json.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      expect(reply.json.status).toBe(String(reply.status));
    }
  }

  const attributeNames = fc.constantFrom('userName', 'displayName', 'emails', 'emails.value', 'name.givenName', 'active', 'meta.created', 'id', 'members', 'x', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager');
  const ops = fc.constantFrom('eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le', 'pr', 'EQ', 'xx');
  const values = fc.oneof(fc.string().map((s) => JSON.stringify(s)), fc.integer().map(String), fc.constantFrom('true', 'false', 'null', 'bare', '"a'));
  const comparison = fc.tuple(attributeNames, ops, values).map(([a, o, v]) => (o === 'pr' ? `${a} pr` : `${a} ${o} ${v}`));
  const filterText = fc.oneof(
    comparison,
    fc.tuple(comparison, fc.constantFrom(' and ', ' or ', ' AND '), comparison).map(([a, j, b]) => a + j + b),
    comparison.map((c) => `not (${c})`),
    fc.tuple(fc.constantFrom('emails', 'members', 'name'), comparison).map(([a, c]) => `${a}[${c}]`),
    fc.string(),
  );

  it('answers random filters with 200 or a 400 invalidFilter', async () => {
    await fc.assert(
      fc.asyncProperty(filterText, fc.constantFrom('/Users', '/Groups'), async (filter, endpoint) => {
        const reply = await scim.call('GET', `${endpoint}?filter=${encodeURIComponent(filter)}`);
        wellFormed(reply);
        if (reply.status !== 200) expect(reply.json.scimType).toBe('invalidFilter');
      }),
      { numRuns: 150 },
    );
  });

  const patchValue = fc.oneof(fc.jsonValue(), fc.constantFrom('True', 'False', '', null), fc.array(fc.record({ value: fc.oneof(fc.string(), fc.constant('$user')) })));
  const patchPath = fc.oneof(
    fc.constantFrom('userName', 'active', 'emails[type eq "work"].value', 'members', 'name.familyName', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', 'manager', 'id', 'meta', 'members[value eq "x"]', 'emails[', 'groups'),
    fc.string(),
  );
  const operation = fc.record(
    { op: fc.oneof(fc.constantFrom('add', 'Replace', 'REMOVE', 'move'), fc.jsonValue()), path: fc.oneof(patchPath, fc.jsonValue()), value: patchValue },
    { requiredKeys: [] },
  );

  it('answers random PATCH bodies with 2xx or a SCIM 4xx, and the resource stays readable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 4 }), fc.boolean(), async (operations, group) => {
        const target = group ? `/Groups/${groupId}` : `/Users/${userId}`;
        const body = JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations }).replaceAll('$user', userId);
        wellFormed(await scim.call('PATCH', target, body));
        const after = await scim.call('GET', target);
        expect(after.status).toBe(200);
      }),
      { numRuns: 150 },
    );
  });

  it('answers random JSON bodies on POST and PUT with 2xx or a SCIM 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('userName', 'displayName', 'active', 'emails', 'members', 'name', 'schemas'), fc.jsonValue())), fc.constantFrom('POST /Users', 'POST /Groups', `PUT /Users`), async (body, route) => {
        const [method, endpoint] = route.split(' ') as [string, string];
        const path = method === 'PUT' ? `${endpoint}/${userId}` : endpoint;
        wellFormed(await scim.call(method, path, JSON.stringify(body)));
      }),
      { numRuns: 150 },
    );
    wellFormed(await scim.call('POST', '/Users', '{"a":' + '['.repeat(5000)));
  });

  const deep = (depth: number, leaf: string) => '['.repeat(depth) + leaf + ']'.repeat(depth);
  const hostile = fc.oneof(
    fc.integer({ min: 65, max: 20_000 }).map((d) => ({ method: 'POST', path: '/Users', body: `{"userName":"deep","nickName":${deep(d, '"x"')}}` })),
    fc.integer({ min: 65, max: 20_000 }).map((d) => ({ method: 'POST', path: '/Groups', body: `{"displayName":"deep","members":${deep(d, '{"value":"x"}')}}` })),
    fc.integer({ min: 65, max: 20_000 }).map((d) => ({ method: 'PATCH', path: '/Users/$user', body: `{"Operations":[{"op":"add","path":"nickName","value":${deep(d, '1')}}]}` })),
    fc.integer({ min: 65, max: 5_000 }).map((d) => ({ method: 'PATCH', path: '/Users/$user', body: `{"Operations":[{"op":"add","value":${'{"a":'.repeat(d)}1${'}'.repeat(d)}}]}` })),
    fc.tuple(fc.constantFrom('startIndex', 'count'), fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n })).map(([name, n]) => ({ method: 'GET', path: `/Users?${name}=${n}`, body: undefined })),
    fc.tuple(fc.constantFrom('startIndex', 'count'), fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n })).map(([name, n]) => ({ method: 'POST', path: '/Users/.search', body: `{"${name}":${n}}` })),
    fc.string().map((s) => ({ method: 'GET', path: `/Users/${encodeURIComponent(s)}%`, body: undefined })),
  );

  it('answers hostile input (deep nesting, indexes past 2^53, bad escapes) with a SCIM 4xx, never a 5xx', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async ({ method, path, body }) => {
        const reply = await scim.call(method, path.replace('$user', userId), body);
        wellFormed(reply);
        expect(reply.status).toBeGreaterThanOrEqual(400);
        answered += 1;
      }),
      { numRuns: 120 },
    );
    expect(answered).toBe(120);
    const exact = await scim.call('GET', `/Users?startIndex=${2 ** 53}`);
    expect([exact.status, exact.json.scimType]).toEqual([400, 'invalidValue']);
    const nested = await scim.call('PATCH', `/Users/${userId}`, `{"Operations":[{"op":"add","path":"nickName","value":${deep(10_000, '1')}}]}`);
    expect([nested.status, nested.json.scimType]).toEqual([400, 'invalidSyntax']);
  });
});
