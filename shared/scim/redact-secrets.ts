import { allSchemas } from './attribute-paths';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth';
import type { AttributeDefinition, VendorProfile } from './schema/types';

export const REDACTED = '[redacted]';

/** Secret attributes known without a profile (rows logged before redaction existed are read through this). */
export const ALWAYS_SECRET: ReadonlySet<string> = new Set(['password']);

/** Attribute names whose values are secrets: `password` always, and whatever the profile marks `returned: never`. */
export function secretAttributeNames(profile: VendorProfile): Set<string> {
  const names = new Set(['password']);
  const visit = (list: readonly AttributeDefinition[] | undefined) => {
    for (const a of list ?? []) {
      if (a.returned === 'never') names.add(a.name.toLowerCase());
      visit(a.subAttributes);
    }
  };
  for (const resource of [profile.resources.User, profile.resources.Group]) for (const { schema } of allSchemas(resource)) visit(schema.attributes);
  return names;
}

/** The attribute a PATCH path ends in: `password`, `urn:…:User:password`, `emails[type eq "x"].value` → value. */
function lastName(path: string): string {
  const withoutFilter = path.replace(/\[[^\]]*\]/g, '');
  const parts = withoutFilter.split(/[.:]/);
  return (parts.at(-1) ?? '').trim().toLowerCase();
}

function redactValue(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const pathKey = Object.keys(source).find((k) => k.toLowerCase() === 'path');
  const pathIsSecret = pathKey !== undefined && typeof source[pathKey] === 'string' && secrets.has(lastName(source[pathKey]));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(source)) {
    const lower = key.toLowerCase();
    // A no-path PATCH value may name the attribute by a full path (`urn:…:User:password`).
    if (secrets.has(lower) || secrets.has(lastName(key)) || (pathIsSecret && lower === 'value')) out[key] = REDACTED;
    else out[key] = redactValue(inner, secrets);
  }
  return out;
}

/**
 * A request body as the request log stores it: the values of secret attributes replaced by
 * "[redacted]", wherever they appear (resource bodies, PATCH operations by path or by dictionary).
 * A body that is not JSON has every `"password": "…"` pair blanked textually.
 */
export function redactBody(text: string | null, secrets: ReadonlySet<string>): string | null {
  if (text === null) return null;
  const lower = text.toLowerCase();
  if (![...secrets].some((name) => lower.includes(name))) return text;
  if (jsonDepth(text) <= MAX_JSON_DEPTH) {
    try {
      return JSON.stringify(redactValue(JSON.parse(text), secrets));
    } catch {
      // not JSON: fall through to the textual form
    }
  }
  let out = text;
  for (const name of secrets) {
    out = out.replace(new RegExp(`("${name}"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|[^,}\\]\\s]+)`, 'gi'), `$1"${REDACTED}"`);
  }
  return out;
}
