import type { AttributeDefinition } from './schema/types';
import { badRequest } from './scim-error';

/** Entra sends booleans as "True"/"False" in its default PATCH dialect (and sometimes on POST). */
export function coerceBoolean(value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  throw badRequest('invalidValue', `"${path}" must be a boolean (true or false), not ${JSON.stringify(value)}.`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findKey(list: readonly AttributeDefinition[] | undefined, key: string): AttributeDefinition | undefined {
  const lower = key.toLowerCase();
  return list?.find((a) => a.name.toLowerCase() === lower);
}

/**
 * Coerces one value to its attribute definition: null means absent (returns undefined), "True"/"False"
 * become booleans, a single object given for a multi-valued attribute becomes a one-element array,
 * unknown and read-only sub-attributes are dropped. Strings are kept exactly as sent.
 */
export function coerceValue(definition: AttributeDefinition, value: unknown, path: string, options: { skipMultiValued?: boolean } = {}): unknown {
  if (value === null || value === undefined) return undefined;
  if (definition.multiValued && !options.skipMultiValued) {
    const items = Array.isArray(value) ? value : [value];
    const out = items.map((item, i) => coerceValue(definition, item, `${path}[${i}]`, { skipMultiValued: true })).filter((item) => item !== undefined);
    return out;
  }
  switch (definition.type) {
    case 'boolean':
      return coerceBoolean(value, path);
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n) || (definition.type === 'integer' && !Number.isInteger(n))) {
        throw badRequest('invalidValue', `"${path}" must be ${definition.type === 'integer' ? 'an integer' : 'a number'}.`);
      }
      return n;
    }
    case 'complex': {
      if (!isPlainObject(value)) {
        // Entra sends manager as a bare id: a complex attribute with a `value` sub-attribute takes it as {value}.
        if (typeof value === 'string' && findKey(definition.subAttributes, 'value')) return value === '' ? undefined : { value };
        throw badRequest('invalidValue', `"${path}" must be an object with ${definition.subAttributes?.map((s) => s.name).join(', ')}.`);
      }
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        const sub = findKey(definition.subAttributes, key);
        if (!sub) continue;
        const coerced = coerceValue(sub, inner, `${path}.${sub.name}`);
        if (coerced !== undefined) out[sub.name] = coerced;
      }
      return Object.keys(out).length === 0 ? undefined : out;
    }
    default:
      if (typeof value !== 'string') throw badRequest('invalidValue', `"${path}" must be a string, not ${JSON.stringify(value)}.`);
      return value;
  }
}
