import { describe, expect, it } from 'vitest';
import { CompiledObjectMapping, encodeOutcome } from '../../../../shared/mapping/evaluate-mapping';
import { attributeMapping } from '../../../../shared/vendors/recommended-mapping';
import { GENERIC_RECOMMENDED } from '../../../../shared/vendors/generic/recommended';
import { buildScimCreate, parseTargetPath } from '../../../../shared/mapping/scim-payload';

const jdoe = {
  userPrincipalName: 'jdoe@contoso.com',
  IsSoftDeleted: 'False',
  mail: 'jdoe@contoso.com',
  givenName: 'John',
  surname: 'Doe',
  city: 'Redmond',
  department: 'Sales',
  mailNickname: 'jdoe',
};

describe('object mapping evaluation', () => {
  it('skips null, uses the default only on create, honours ObjectAddOnly and IgnoreFlowIfNullOrEmpty', () => {
    const mapping = new CompiledObjectMapping({
      attributeMappings: [
        attributeMapping({ target: 'title', source: '[jobTitle]' }),
        attributeMapping({ target: 'department', source: '[department]', defaultValue: 'None' }),
        attributeMapping({ target: 'externalId', source: '[mailNickname]', flowType: 'ObjectAddOnly' }),
        attributeMapping({ target: 'nickName', source: 'IgnoreFlowIfNullOrEmpty([nick])' }),
        attributeMapping({ target: 'locale', source: null, defaultValue: 'en-US' }),
        attributeMapping({ target: 'broken', source: 'Item([proxyAddresses], 3)' }),
      ],
    });
    const create = mapping.evaluate({ mailNickname: 'jd', proxyAddresses: ['a'] }, { operation: 'create' });
    expect(create.map((o) => [o.targetAttributeName, o.status, o.value])).toEqual([
      ['title', 'skipped-null', undefined],
      ['department', 'default', 'None'],
      ['externalId', 'value', 'jd'],
      ['nickName', 'ignored-flow', undefined],
      ['locale', 'default', 'en-US'],
      ['broken', 'error', undefined],
    ]);
    expect(create[5]!.message).toBe('Item: index out of range');
    const update = mapping.evaluate({ mailNickname: 'jd', nick: '', proxyAddresses: ['a'] }, { operation: 'update' });
    expect(update.map((o) => o.status)).toEqual(['skipped-null', 'skipped-null', 'add-only', 'ignored-flow', 'skipped-null', 'error']);
  });

  it('records an evaluation trace when asked', () => {
    const mapping = new CompiledObjectMapping({ attributeMappings: [attributeMapping({ target: 'name.formatted', source: 'Join(" ", [givenName], [surname])' })] });
    const [outcome] = mapping.evaluate(jdoe, { trace: true });
    expect(encodeOutcome(outcome!).trace?.map((t) => t.value)).toEqual(['John', 'Doe', 'John Doe']);
  });

  it('reports an expression that does not compile as an error at its position', () => {
    const mapping = new CompiledObjectMapping({ attributeMappings: [{ ...attributeMapping({ target: 'x', source: null }), source: { type: 'Function', name: 'Foo', expression: 'Foo([a])', parameters: [] } }] });
    expect(mapping.evaluate({})[0]).toMatchObject({ status: 'error', message: 'unknown function Foo', errorStart: 0, errorEnd: 3 });
  });
});

describe('SCIM create payload', () => {
  it('builds the body of spec §8.6 for the default mapping', () => {
    const users = GENERIC_RECOMMENDED.objectMappings[0]!;
    const outcomes = new CompiledObjectMapping(users).evaluate(jdoe);
    const { body } = buildScimCreate(outcomes, { resourceType: 'User', targetAttribute: (name) => (name === 'active' ? { type: 'Boolean' } : undefined) });
    expect(body).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      userName: 'jdoe@contoso.com',
      active: true,
      emails: [{ type: 'work', primary: true, value: 'jdoe@contoso.com' }],
      name: { givenName: 'John', familyName: 'Doe', formatted: 'John Doe' },
      addresses: [{ type: 'work', locality: 'Redmond' }],
      externalId: 'jdoe',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Sales' },
      meta: { resourceType: 'User' },
    });
  });

  it('renders references as ref(id), roles with their type, integers as numbers, custom URNs outside schemas', () => {
    const mapping = new CompiledObjectMapping({
      attributeMappings: [
        attributeMapping({ target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: '[manager]' }),
        attributeMapping({ target: 'roles[primary eq "True"].value', source: '"Admin"' }),
        attributeMapping({ target: 'urn:acme:2.0:User:level', source: '"7"' }),
      ],
    });
    const { body } = buildScimCreate(mapping.evaluate({ manager: 'm-1' }), { resourceType: 'User', targetAttribute: (n) => (n.endsWith(':level') ? { type: 'Integer' } : undefined) });
    expect(body).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { manager: { value: 'ref(m-1)' } },
      roles: [{ primary: true, type: 'WindowsAzureActiveDirectoryRole', value: 'Admin' }],
      'urn:acme:2.0:User': { level: 7 },
    });
  });

  it('creates groups without members and says why', () => {
    const groups = GENERIC_RECOMMENDED.objectMappings[1]!;
    const payload = buildScimCreate(new CompiledObjectMapping(groups).evaluate({ displayName: 'Sales', objectId: 'g1', members: ['u1'] }), { resourceType: 'urn:ietf:params:scim:schemas:core:2.0:Group' });
    expect(payload.body).toEqual({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Sales', externalId: 'g1', meta: { resourceType: 'Group' } });
    expect(payload.notes[0]).toMatchObject({ targetAttributeName: 'members' });
  });

  it('parses target paths', () => {
    expect(parseTargetPath('emails[type eq "work"].value')).toEqual({ schema: null, attribute: 'emails', filter: { attribute: 'type', value: 'work' }, subPath: ['value'] });
    expect(parseTargetPath('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value')).toEqual({
      schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      attribute: 'manager',
      filter: null,
      subPath: ['value'],
    });
  });
});
