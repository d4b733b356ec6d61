import { CORE_GROUP_SCHEMA, CORE_USER_SCHEMA, parseTargetPath } from '../mapping/scim-payload';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key of a SCIM object matched case-insensitively (RFC 7643 §2.1: attribute names are case-insensitive). */
function keyOf(object: Json, name: string): string | undefined {
  if (name in object) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((k) => k.toLowerCase() === lower);
}

function get(object: Json, name: string): unknown {
  const key = keyOf(object, name);
  return key === undefined ? undefined : object[key];
}

function literalMatches(actual: unknown, expected: string): boolean {
  if (typeof actual === 'boolean') return String(actual).toLowerCase() === expected.toLowerCase();
  return typeof actual === 'string' && actual.toLowerCase() === expected.toLowerCase();
}

/** The element a `[type eq "work"]` path acts on: the primary one among those that match, else the first (scim-entra §4.11 item 33). */
function filteredElement(list: unknown, attribute: string, value: string): Json | undefined {
  if (!Array.isArray(list)) return undefined;
  const matching = list.filter((e): e is Json => isObject(e) && literalMatches(get(e, attribute), value));
  return matching.find((e) => get(e, 'primary') === true) ?? matching[0];
}

/**
 * The value a SCIM resource holds at an Entra target attribute path (`userName`, `name.givenName`,
 * `emails[type eq "work"].value`, `urn:…:enterprise:2.0:User:employeeNumber`); undefined when absent.
 */
export function readTargetValue(resource: Json | null | undefined, targetAttributeName: string): unknown {
  if (!resource) return undefined;
  const path = parseTargetPath(targetAttributeName);
  let container: unknown = resource;
  if (path.schema && path.schema.toLowerCase() !== CORE_USER_SCHEMA.toLowerCase() && path.schema.toLowerCase() !== CORE_GROUP_SCHEMA.toLowerCase()) {
    container = get(resource, path.schema);
  }
  if (!isObject(container)) return undefined;
  let node: unknown = get(container, path.attribute);
  if (path.filter) {
    node = filteredElement(node, path.filter.attribute, path.filter.value);
    const sub = path.subPath.length > 0 ? path.subPath : ['value'];
    for (const key of sub) node = isObject(node) ? get(node, key) : undefined;
    return node;
  }
  for (const key of path.subPath) node = isObject(node) ? get(node, key) : undefined;
  return node;
}

/** Whether the target has a value there (null, "" and [] count as none). */
export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return /^(true|false)$/i.test(value) ? value.toLowerCase() : value;
  return null;
}

/**
 * Whether what the mapping produces equals what the target holds. Entra compares exported values
 * as text, case-sensitively, so a target that reformats a value (case, spacing) gets patched again;
 * only the boolean and number spellings of one value ("True", true, "1" and 1) are the same.
 */
export function sameTargetValue(desired: unknown, actual: unknown): boolean {
  if (!hasValue(desired)) return !hasValue(actual);
  if (!hasValue(actual)) return false;
  if (Array.isArray(desired) || Array.isArray(actual)) {
    const a = Array.isArray(desired) ? desired : [desired];
    const b = Array.isArray(actual) ? actual : [actual];
    return a.length === b.length && a.every((item, i) => sameTargetValue(item, b[i]));
  }
  if (isObject(desired) || isObject(actual)) {
    if (!isObject(desired) || !isObject(actual)) return false;
    return Object.keys(desired).every((k) => sameTargetValue(desired[k], get(actual, k)));
  }
  const a = scalarText(desired);
  return a !== null && a === scalarText(actual);
}
