import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_PATCH_OPERATIONS, MAX_RESULTS, profileSchemas, resourceTypeJson, schemaJson, serviceProviderConfigJson } from '../../../../shared/scim/discovery';
import { attr, multi } from '../../../../shared/scim/schema/attributes';
import { ENTERPRISE, PROFILE, USERS } from './scim-fixture';

const BASE = 'http://127.0.0.1:8080/scim/v2';

describe('discovery limits', () => {
  it('advertises 1000 results, a 1 MiB body and 1000 PATCH operations', () => {
    expect([MAX_RESULTS, MAX_BODY_BYTES, MAX_PATCH_OPERATIONS]).toEqual([1000, 1_048_576, 1000]);
  });
});

describe('schemaJson', () => {
  it('describes every attribute with its characteristics, its name standing in for a missing description', () => {
    const schema = { id: 'urn:test:2.0:Thing', name: 'Thing', description: 'A thing', attributes: [attr('size', 'integer', { description: 'How big' }), multi('tags', ['a'])] };
    expect(schemaJson(schema, BASE)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: 'urn:test:2.0:Thing',
      name: 'Thing',
      description: 'A thing',
      attributes: [
        { name: 'size', type: 'integer', multiValued: false, description: 'How big', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none' },
        {
          name: 'tags',
          type: 'complex',
          multiValued: true,
          description: 'tags',
          required: false,
          caseExact: false,
          mutability: 'readWrite',
          returned: 'default',
          uniqueness: 'none',
          subAttributes: [
            { name: 'value', type: 'string', multiValued: false, description: 'value', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none' },
            { name: 'display', type: 'string', multiValued: false, description: 'display', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none' },
            { name: 'type', type: 'string', multiValued: false, description: 'type', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none', canonicalValues: ['a'] },
            { name: 'primary', type: 'boolean', multiValued: false, description: 'primary', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none' },
          ],
        },
      ],
      meta: { resourceType: 'Schema', location: `${BASE}/Schemas/urn:test:2.0:Thing` },
    });
  });
});

describe('profileSchemas', () => {
  it('lists User, Group, then each extension once', () => {
    const twice = { ...PROFILE, resources: { ...PROFILE.resources, Group: { ...PROFILE.resources.Group, extensions: USERS.extensions } } };
    expect(profileSchemas(twice).map((s) => s.id)).toEqual(['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:core:2.0:Group', ENTERPRISE]);
  });
});

describe('resourceTypeJson', () => {
  it('describes the endpoint, schema and extensions of a resource type', () => {
    expect(resourceTypeJson(USERS, BASE)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: 'urn:ietf:params:scim:schemas:core:2.0:User',
      schemaExtensions: [{ schema: ENTERPRISE, required: false }],
      meta: { resourceType: 'ResourceType', location: `${BASE}/ResourceTypes/User` },
    });
  });
});

describe('serviceProviderConfigJson', () => {
  it('advertises PATCH, filter, sort and ETags, no bulk, and bearer tokens naming the profile', () => {
    expect(serviceProviderConfigJson(PROFILE, BASE)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      documentationUri: 'https://datatracker.ietf.org/doc/html/rfc7644',
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 1000 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'Long-lived secret token, sent as "Authorization: Bearer <token>" (profile: Test Vendor).', primary: true }],
      meta: { resourceType: 'ServiceProviderConfig', location: `${BASE}/ServiceProviderConfig` },
    });
  });
});
