import { encodeValue, type Value } from '../expressions';
import type { AttributeOutcome } from './evaluate-mapping';

export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** Target attribute facts the conversion needs (from the job's target directory or a vendor profile). */
export interface TargetAttributeInfo {
  type?: 'String' | 'Integer' | 'Reference' | 'Binary' | 'Boolean' | 'DateTime' | string;
  multivalued?: boolean;
}

export interface ScimPayloadOptions {
  resourceType: 'User' | 'Group' | string;
  targetAttribute?: (targetAttributeName: string) => TargetAttributeInfo | undefined;
  /** Entra's create bodies carry `"primary": true` on the work email without a mapping (decision §11.23: on by default). */
  markWorkEmailPrimary?: boolean;
}

export interface ScimPayload {
  /** What a POST /Users or /Groups would send. */
  body: Record<string, unknown>;
  /** Attributes not in the create body, and why (group members go in a follow-up PATCH). */
  notes: Array<{ targetAttributeName: string; note: string }>;
}

type Json = Record<string, unknown>;

/** A parsed target path: `[urn:]attr[[sub eq "lit"]][.field…]`. */
export interface TargetPath {
  schema: string | null;
  attribute: string;
  filter: { attribute: string; value: string } | null;
  subPath: string[];
}

const FILTERED = /^([A-Za-z0-9_$-]+)\[\s*([A-Za-z0-9_$-]+)\s+eq\s+"([^"]*)"\s*\](?:\.(.+))?$/i;

/** Splits a target attribute name; URN-qualified names split at the last colon (spec §8.6). */
export function parseTargetPath(name: string): TargetPath {
  let schema: string | null = null;
  let rest = name;
  if (/^urn:/i.test(name)) {
    const colon = name.lastIndexOf(':');
    schema = name.slice(0, colon);
    rest = name.slice(colon + 1);
  }
  const filtered = FILTERED.exec(rest);
  if (filtered) {
    return { schema, attribute: filtered[1]!, filter: { attribute: filtered[2]!, value: filtered[3]! }, subPath: filtered[4] ? filtered[4].split('.') : [] };
  }
  const [attribute, ...subPath] = rest.split('.');
  return { schema, attribute: attribute!, filter: null, subPath };
}

function literal(value: string): unknown {
  if (value === 'True' || value === 'true') return true;
  if (value === 'False' || value === 'false') return false;
  return value;
}

/** Converts a value to the target type: Boolean → JSON boolean, Integer → number, Reference → ref(id). */
export function convertForTarget(value: Value, info: TargetAttributeInfo | undefined, isReference: boolean): unknown {
  const encoded = encodeValue(value);
  const one = (v: unknown): unknown => {
    if (isReference) return `ref(${String(v)})`;
    if (info?.type === 'Boolean' && typeof v === 'string') return v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : v;
    if (info?.type === 'Boolean' && typeof v === 'boolean') return v;
    if (info?.type === 'Integer' && typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    if (typeof v === 'number') return info?.type === 'Integer' ? v : String(v);
    return v;
  };
  if (Array.isArray(encoded)) {
    if (info?.multivalued || encoded.some((v) => v && typeof v === 'object')) return encoded.map(one);
    return one(encoded[0] ?? null);
  }
  return one(encoded);
}

function objectAt(container: Json, key: string): Json {
  const existing = container[key];
  if (existing && typeof existing === 'object' && !Array.isArray(existing)) return existing as Json;
  const created: Json = {};
  container[key] = created;
  return created;
}

function setPath(target: Json, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = objectAt(node, key);
  node[path[path.length - 1]!] = value;
}

/**
 * The SCIM JSON a create would send for the evaluated attributes (spec §8.6): URN paths go under
 * their schema object, filtered paths build one array element per filter, dotted paths nest, and
 * values are converted to the target type. Skipped, ignored and failed attributes are left out.
 */
export function buildScimCreate(outcomes: readonly AttributeOutcome[], options: ScimPayloadOptions): ScimPayload {
  const isGroup = options.resourceType === 'Group' || /:Group$/.test(options.resourceType);
  const core = isGroup ? CORE_GROUP_SCHEMA : CORE_USER_SCHEMA;
  const schemas = new Set<string>([core]);
  const body: Json = {};
  const notes: ScimPayload['notes'] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== 'value' && outcome.status !== 'default') continue;
    const name = outcome.targetAttributeName;
    const info = options.targetAttribute?.(name);
    const path = parseTargetPath(name);
    const isReference = info?.type === 'Reference' || (path.attribute === 'manager' && path.subPath.length === 0) || (isGroup && path.attribute === 'members');
    if (isGroup && path.attribute === 'members') {
      notes.push({ targetAttributeName: name, note: 'Groups are created without members; members are added with a PATCH after the create.' });
      continue;
    }
    let value = convertForTarget(outcome.value ?? null, info, isReference);
    let container = body;
    if (path.schema && path.schema.toLowerCase() !== core.toLowerCase()) {
      container = objectAt(body, path.schema);
      // Only the enterprise extension is listed in `schemas`; custom extension URNs are not (spec §8.6 rule 1).
      if (path.schema === ENTERPRISE_USER_SCHEMA) schemas.add(ENTERPRISE_USER_SCHEMA);
    }
    if (path.attribute === 'manager' && path.subPath.length === 0) value = { value };
    if (path.filter) {
      const list = Array.isArray(container[path.attribute]) ? (container[path.attribute] as Json[]) : (container[path.attribute] = [] as Json[]);
      const key = path.filter.attribute;
      const match = literal(path.filter.value);
      let element = (list as Json[]).find((e) => e[key] === match);
      if (!element) {
        element = { [key]: match };
        if (path.attribute === 'roles' && key === 'primary') element['type'] = 'WindowsAzureActiveDirectoryRole';
        if (path.attribute === 'emails' && key === 'type' && match === 'work' && options.markWorkEmailPrimary !== false) element['primary'] = true;
        (list as Json[]).push(element);
      }
      setPath(element, path.subPath.length > 0 ? path.subPath : ['value'], value);
    } else {
      setPath(container, [path.attribute, ...path.subPath], value);
    }
  }
  return { body: { schemas: [...schemas], ...body, meta: { resourceType: isGroup ? 'Group' : 'User' } }, notes };
}
