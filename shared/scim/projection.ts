import { splitSchemaPrefix } from './attribute-paths';
import { isPlainObject } from './coerce';
import type { ResourceProfile } from './schema/types';

type Json = Record<string, unknown>;

/** A path of `attributes`/`excludedAttributes` as JSON keys: [extension URN?] attribute [sub]. */
function keysOf(resource: ResourceProfile, path: string): string[] {
  const { schemaId, extension, rest } = splitSchemaPrefix(resource, path.trim());
  if (schemaId && rest === '') return extension ? [schemaId] : [];
  const parts = rest.split('.').filter((p) => p !== '');
  return extension && schemaId ? [schemaId, ...parts] : parts;
}

function findKey(obj: Json, key: string): string | undefined {
  const lower = key.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}

function copyPath(from: Json, to: Json, keys: string[]): void {
  const [first, ...rest] = keys;
  if (first === undefined) return;
  const key = findKey(from, first);
  if (key === undefined) return;
  const value = from[key];
  if (rest.length === 0) {
    to[key] = value;
    return;
  }
  if (Array.isArray(value)) {
    const existing = Array.isArray(to[key]) ? (to[key] as Json[]) : value.map(() => ({}));
    value.forEach((item, i) => {
      if (isPlainObject(item)) copyPath(item, existing[i] as Json, rest);
    });
    to[key] = existing;
  } else if (isPlainObject(value)) {
    const target = isPlainObject(to[key]) ? (to[key] as Json) : {};
    copyPath(value, target, rest);
    to[key] = target;
  }
}

function removePath(obj: Json, keys: string[]): void {
  const [first, ...rest] = keys;
  if (first === undefined) return;
  const key = findKey(obj, first);
  if (key === undefined) return;
  if (rest.length === 0) {
    delete obj[key];
    return;
  }
  const value = obj[key];
  if (Array.isArray(value)) for (const item of value) if (isPlainObject(item)) removePath(item, rest);
  if (isPlainObject(value)) removePath(value, rest);
}

function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * RFC 7644 §3.9 attribute projection. `id` and `schemas` are always returned; with `attributes`, only
 * the listed ones (and their parents) are; `excludedAttributes` removes what it lists.
 */
export function project(resource: ResourceProfile, full: Json, attributes?: string | null, excluded?: string | null): Json {
  const include = splitList(attributes);
  const exclude = splitList(excluded);
  let out: Json = full;
  if (include.length > 0) {
    out = { schemas: full.schemas, id: full.id };
    for (const path of include) copyPath(full, out, keysOf(resource, path));
  } else if (exclude.length > 0) {
    out = JSON.parse(JSON.stringify(full)) as Json;
    for (const path of exclude) {
      const keys = keysOf(resource, path);
      if (keys.length === 1 && (keys[0]?.toLowerCase() === 'id' || keys[0]?.toLowerCase() === 'schemas')) continue;
      removePath(out, keys);
    }
  }
  return out;
}

/** Whether a projection leaves out `members` (so the store need not read them). */
export function excludesMembers(attributes?: string | null, excluded?: string | null): boolean {
  const include = splitList(attributes).map((s) => s.toLowerCase());
  if (include.length > 0) return !include.some((p) => p === 'members' || p.startsWith('members.') || p.endsWith(':members'));
  return splitList(excluded).some((p) => p.toLowerCase() === 'members' || p.toLowerCase().endsWith(':group:members'));
}
