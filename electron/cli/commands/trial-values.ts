/** Values of a trial run as one short line each, and a SCIM object as a compact attribute table. */

const EXTENSION_PREFIX = /^urn:ietf:params:scim:schemas:extension:/i;
const SKIPPED_KEYS = new Set(['schemas', 'meta']);

/** `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department` → `enterprise:2.0:User:department`. */
export function shortName(name: string): string {
  return name.replace(EXTENSION_PREFIX, '');
}

export function cut(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** A value on one line: text as is, nothing as "—", a record of several inputs as name=value pairs, anything else as JSON. */
export function showValue(value: unknown, max = 60): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (typeof value === 'string') return cut(value, max);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([, v]) => v === null || typeof v !== 'object')) return cut(entries.map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`).join(', '), max);
  }
  return cut(JSON.stringify(value), max);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flattenInto(out: Array<[string, unknown]>, prefix: string, value: unknown): void {
  if (Array.isArray(value)) {
    if (value.every((v) => !isRecord(v))) return void out.push([prefix, value.map((v) => showValue(v)).join(', ')]);
    if (/(^|\.)members$/i.test(prefix)) {
      const names = value.map((m) => (isRecord(m) ? String(m['display'] ?? m['value'] ?? '?') : String(m)));
      return void out.push([prefix, `${value.length}: ${names.join(', ')}`]);
    }
    value.forEach((item, index) => {
      const type = isRecord(item) && typeof item['type'] === 'string' ? `type eq "${item['type']}"` : String(index);
      flattenInto(out, `${prefix}[${type}]`, item);
    });
    return;
  }
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (!prefix && SKIPPED_KEYS.has(key)) continue;
      if (key === 'type' && prefix.endsWith(`[type eq "${String(inner)}"]`)) continue;
      if (!prefix && EXTENSION_PREFIX.test(key)) flattenInto(out, shortName(key) + ':', inner);
      else flattenInto(out, prefix.endsWith(':') || !prefix ? `${prefix}${key}` : `${prefix}.${key}`, inner);
    }
    return;
  }
  out.push([prefix, value]);
}

/** The object's attributes by path (schemas and meta left out), e.g. `name.givenName`, `emails[type eq "work"].value`. */
export function flattenObject(object: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  flattenInto(out, '', object);
  return out;
}

/** Rows padded to the widest first cell. */
export function pairs(rows: ReadonlyArray<readonly [string, string]>, indent: string): string[] {
  const width = Math.min(40, Math.max(0, ...rows.map(([k]) => k.length)));
  return rows.map(([k, v]) => `${indent}${k.padEnd(width)}  ${v}`.trimEnd());
}
