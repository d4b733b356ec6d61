import type { AttributeDefinition, ResourceProfile, SchemaDefinition, VendorProfile } from './schema/types';
import { RESOURCE_TYPE_SCHEMA, SCHEMA_SCHEMA, SERVICE_PROVIDER_CONFIG_SCHEMA } from './schemas';

/** The list size and body cap the endpoint advertises and enforces. */
export const MAX_RESULTS = 1000;
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_PATCH_OPERATIONS = 1000;

function attributeJson(a: AttributeDefinition): Record<string, unknown> {
  return {
    name: a.name,
    type: a.type,
    multiValued: a.multiValued,
    description: a.description ?? a.name,
    required: a.required,
    caseExact: a.caseExact,
    mutability: a.mutability,
    returned: a.returned,
    uniqueness: a.uniqueness,
    ...(a.canonicalValues && a.canonicalValues.length > 0 ? { canonicalValues: a.canonicalValues } : {}),
    ...(a.referenceTypes ? { referenceTypes: a.referenceTypes } : {}),
    ...(a.subAttributes ? { subAttributes: a.subAttributes.map(attributeJson) } : {}),
  };
}

export function schemaJson(schema: SchemaDefinition, baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map(attributeJson),
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` },
  };
}

/** Every schema of a profile: User first, then Group, then extensions (no duplicates). */
export function profileSchemas(profile: VendorProfile): SchemaDefinition[] {
  const out: SchemaDefinition[] = [];
  const add = (s: SchemaDefinition) => {
    if (!out.some((o) => o.id === s.id)) out.push(s);
  };
  const resources: ResourceProfile[] = [profile.resources.User, profile.resources.Group];
  for (const r of resources) add(r.schema);
  for (const r of resources) for (const e of r.extensions) add(e.schema);
  return out;
}

export function resourceTypeJson(resource: ResourceProfile, baseUrl: string): Record<string, unknown> {
  return {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: resource.name,
    name: resource.name,
    endpoint: resource.endpoint,
    description: resource.description,
    schema: resource.schema.id,
    schemaExtensions: resource.extensions.map((e) => ({ schema: e.schema.id, required: e.required })),
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${resource.name}` },
  };
}

export function serviceProviderConfigJson(profile: VendorProfile, baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    documentationUri: 'https://datatracker.ietf.org/doc/html/rfc7644',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: `Long-lived secret token, sent as "Authorization: Bearer <token>" (profile: ${profile.displayName}).`,
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}
