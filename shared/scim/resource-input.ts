import { coerceValue, isPlainObject } from './coerce';
import type { AttributeDefinition, ResourceProfile, VendorProfile } from './schema/types';
import { badRequest } from './scim-error';

/** A resource as stored: attribute values only (no id, meta, schemas, groups or members). */
export type StoredResource = Record<string, unknown>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function findKey(list: readonly AttributeDefinition[], key: string): AttributeDefinition | undefined {
  const lower = key.toLowerCase();
  return list.find((a) => a.name.toLowerCase() === lower);
}

function writable(definition: AttributeDefinition): boolean {
  return definition.mutability !== 'readOnly';
}

function coerceAttributes(list: readonly AttributeDefinition[], source: Record<string, unknown>, prefix: string, out: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const definition = findKey(list, key);
    if (!definition || !writable(definition) || definition.name === 'members') continue;
    const coerced = coerceValue(definition, value, prefix + definition.name);
    if (coerced === undefined || (Array.isArray(coerced) && coerced.length === 0)) continue;
    out[definition.name] = coerced;
  }
}

/**
 * Turns a client's resource body (POST/PUT, or the result of a PATCH) into what is stored: attribute
 * names canonicalised, nulls treated as absent, client `id`/`meta`/`schemas` ignored, attributes the
 * profile does not define dropped (as the vendor would), values type-checked and otherwise kept as sent.
 */
export function sanitizeResource(resource: ResourceProfile, body: unknown): StoredResource {
  if (!isPlainObject(body)) throw badRequest('invalidSyntax', `The request body must be a JSON object (a SCIM ${resource.name}).`);
  const out: StoredResource = {};
  const externalId = Object.entries(body).find(([key]) => key.toLowerCase() === 'externalid')?.[1];
  if (externalId !== undefined && externalId !== null) {
    if (typeof externalId !== 'string') throw badRequest('invalidValue', '"externalId" must be a string.');
    out.externalId = externalId;
  }
  coerceAttributes(resource.schema.attributes, body, '', out);
  for (const extension of resource.extensions) {
    const entry = Object.entries(body).find(([key]) => key.toLowerCase() === extension.schema.id.toLowerCase());
    if (!entry || entry[1] === null) continue;
    if (!isPlainObject(entry[1])) throw badRequest('invalidValue', `"${extension.schema.id}" must be an object.`);
    const inner: Record<string, unknown> = {};
    coerceAttributes(extension.schema.attributes, entry[1], `${extension.schema.id}:`, inner);
    if (Object.keys(inner).length > 0) out[extension.schema.id] = inner;
  }
  return out;
}

/**
 * Required attributes and the profile's own rules (OfficeRnD: userName is an email). Several elements
 * of one `type` (two work emails) are allowed, as RFC 7643 §2.4 allows them; a `[type eq "work"]`
 * PATCH path then acts on the primary one, else the first (see patch.ts).
 */
export function checkResource(profile: VendorProfile, resource: ResourceProfile, stored: StoredResource): void {
  for (const definition of resource.schema.attributes) {
    if (definition.required && (stored[definition.name] === undefined || stored[definition.name] === '')) {
      throw badRequest('invalidValue', `"${definition.name}" is required for a ${resource.name}.`);
    }
  }
  if (resource.name === 'User' && profile.behaviours.userNameMustBeEmail && !EMAIL.test(String(stored.userName ?? ''))) {
    throw badRequest('invalidValue', `${profile.displayName} requires userName to be an email address; "${String(stored.userName)}" is not one.`);
  }
}

/** The `value` ids of a members array in a request body (`$ref: null` and extra keys tolerated). */
export function memberIds(value: unknown, path = 'members'): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    const id = isPlainObject(item) ? item.value : item;
    if (typeof id !== 'string' || id === '') throw badRequest('invalidValue', `"${path}[${i}].value" must be the id of a resource.`);
    return id;
  });
}

/** The members array of a POST/PUT Group body, if any. */
export function membersOfBody(body: unknown): string[] | undefined {
  if (!isPlainObject(body)) return undefined;
  const entry = Object.entries(body).find(([key]) => key.toLowerCase() === 'members');
  return entry ? memberIds(entry[1]) : undefined;
}
