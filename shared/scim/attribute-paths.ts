import type { AttributeDefinition, ResourceProfile } from './schema/types';
import { badRequest } from './scim-error';

/** An attribute path resolved against a resource type: which schema, which attribute, which sub-attribute. */
export interface ResolvedAttribute {
  /** The schema URN the attribute belongs to; null for the common attributes (id, externalId, meta). */
  schema: string | null;
  /** True when the attribute lives under an extension object keyed by its URN. */
  extension: boolean;
  attribute: AttributeDefinition;
  sub?: AttributeDefinition;
}

/** The definition that holds the compared value: the sub-attribute if named, else the attribute. */
export function leafOf(resolved: ResolvedAttribute): AttributeDefinition {
  return resolved.sub ?? resolved.attribute;
}

export function allSchemas(resource: ResourceProfile) {
  return [{ schema: resource.schema, extension: false }, ...resource.extensions.map((e) => ({ schema: e.schema, extension: true }))];
}

/** Finds the extension schema a URN-prefixed path starts with, e.g. `urn:…:enterprise:2.0:User:manager.value`. */
export function splitSchemaPrefix(resource: ResourceProfile, path: string): { schemaId: string | null; extension: boolean; rest: string } {
  const lower = path.toLowerCase();
  for (const { schema, extension } of allSchemas(resource)) {
    const id = schema.id.toLowerCase();
    if (lower === id) return { schemaId: schema.id, extension, rest: '' };
    if (lower.startsWith(id + ':')) return { schemaId: schema.id, extension, rest: path.slice(id.length + 1) };
  }
  return { schemaId: null, extension: false, rest: path };
}

function findIn(list: readonly AttributeDefinition[] | undefined, name: string): AttributeDefinition | undefined {
  const lower = name.toLowerCase();
  return list?.find((a) => a.name.toLowerCase() === lower);
}

/**
 * Resolves `name`, `name.sub` or `urn:…:name[.sub]` (attribute names are case-insensitive, RFC 7643 §2.1).
 * Returns undefined for an attribute the profile does not define.
 */
export function resolveAttribute(resource: ResourceProfile, path: string): ResolvedAttribute | undefined {
  const { schemaId, extension, rest } = splitSchemaPrefix(resource, path);
  if (rest === '') return undefined;
  const dot = rest.indexOf('.');
  const name = dot === -1 ? rest : rest.slice(0, dot);
  const subName = dot === -1 ? undefined : rest.slice(dot + 1);
  const candidates =
    schemaId === null
      ? [
          { schema: null, extension: false, attributes: resource.common },
          { schema: resource.schema.id, extension: false, attributes: resource.schema.attributes },
          // An unqualified name the core schema lacks may name an extension attribute (Entra's older `manager`).
          ...resource.extensions.map((e) => ({ schema: e.schema.id, extension: true, attributes: e.schema.attributes })),
        ]
      : [{ schema: schemaId, extension, attributes: allSchemas(resource).find((s) => s.schema.id === schemaId)?.schema.attributes ?? [] }];
  for (const candidate of candidates) {
    const attribute = findIn(candidate.attributes, name);
    if (!attribute) continue;
    if (subName === undefined) return { schema: candidate.schema, extension: candidate.extension, attribute };
    const sub = findIn(attribute.subAttributes, subName);
    if (!sub) return undefined;
    return { schema: candidate.schema, extension: candidate.extension, attribute, sub };
  }
  return undefined;
}

/** Resolves a sub-attribute inside a value filter (`emails[type eq "work"]`): relative to the parent. */
export function resolveSubAttribute(parent: ResolvedAttribute, name: string): ResolvedAttribute | undefined {
  const sub = findIn(parent.attribute.subAttributes, name);
  return sub ? { ...parent, sub } : undefined;
}

/** The JSON key path of a resolved attribute inside a stored resource. */
export function jsonKeys(resolved: ResolvedAttribute): string[] {
  const keys = resolved.extension && resolved.schema ? [resolved.schema, resolved.attribute.name] : [resolved.attribute.name];
  return resolved.sub ? [...keys, resolved.sub.name] : keys;
}

/** Every filterable attribute path of a resource type, for the error that says which ones can be filtered. */
export function filterablePaths(resource: ResourceProfile): string[] {
  const out: string[] = [];
  const add = (prefix: string, list: readonly AttributeDefinition[]) => {
    for (const a of list) {
      if (!a.filterable) continue;
      if (a.subAttributes && a.type === 'complex' && !a.multiValued) for (const s of a.subAttributes) out.push(`${prefix}${a.name}.${s.name}`);
      else out.push(prefix + a.name);
    }
  };
  add('', resource.common);
  add('', resource.schema.attributes);
  for (const e of resource.extensions) add(`${e.schema.id}:`, e.schema.attributes);
  return out;
}

export function requireAttribute(resource: ResourceProfile, path: string, scimType: 'invalidPath' | 'invalidFilter'): ResolvedAttribute {
  const resolved = resolveAttribute(resource, path);
  if (!resolved) throw badRequest(scimType, `"${path}" is not an attribute of ${resource.name} in this profile.`);
  return resolved;
}
