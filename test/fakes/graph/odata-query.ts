/**
 * The slice of OData the fake Graph understands: `$select`, `$top`, `$skiptoken`, `$count`,
 * `$search="prop:text"` and `$filter` with `and`-joined clauses of `eq ne gt ge lt le`, `in (…)`,
 * `startswith(prop,'x')`. Anything else is rejected as Graph rejects what it cannot do, so a reader
 * relying on an unsupported query fails loudly in tests instead of silently reading everything.
 */
export class UnsupportedQueryError extends Error {}

export type Predicate = (item: Record<string, unknown>) => boolean;

/** `$expand=manager($select=id,displayName)` → ['manager']. */
export function expandedNames(expand: string | null): string[] {
  return (expand ?? '').replace(/\([^)]*\)/g, '').split(',').map((name) => name.trim()).filter(Boolean);
}

export function selectFields<T extends Record<string, unknown>>(item: T, select: string | null, expand: string | null = null): Record<string, unknown> {
  if (!select) return item;
  const fields = [...select.split(',').map((field) => field.trim()).filter(Boolean), ...expandedNames(expand)];
  const out: Record<string, unknown> = {};
  if ('@odata.type' in item) out['@odata.type'] = item['@odata.type'];
  for (const field of fields) if (field in item) out[field] = item[field];
  if (!('id' in out) && 'id' in item) out.id = item.id;
  return out;
}

export function valueAt(item: Record<string, unknown>, path: string): unknown {
  let current: unknown = item;
  for (const key of path.split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?Z?$/;

function compare(left: unknown, right: string): number | undefined {
  if (left === null || left === undefined) return undefined;
  if (typeof left === 'number') return left - Number(right);
  if (typeof left === 'boolean') return left === (right === 'true') ? 0 : 1;
  const text = String(left);
  if (ISO_DATE.test(text) && ISO_DATE.test(right)) return Date.parse(text) - Date.parse(right);
  return text.toLowerCase() < right.toLowerCase() ? -1 : text.toLowerCase() > right.toLowerCase() ? 1 : 0;
}

function literal(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.startsWith("'") && trimmed.endsWith("'") ? trimmed.slice(1, -1).replace(/''/g, "'") : trimmed;
}

/** Splits on ` and ` outside quotes and parentheses. */
function splitAnd(filter: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < filter.length; i += 1) {
    const ch = filter[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth += 1;
    else if (!quoted && ch === ')') depth -= 1;
    else if (!quoted && depth === 0 && filter.slice(i, i + 5).toLowerCase() === ' and ') {
      parts.push(filter.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(filter.slice(start));
  return parts.map((part) => part.trim()).map((part) => (part.startsWith('(') && part.endsWith(')') && !/^\(.*\)\s*\(/.test(part) ? part.slice(1, -1).trim() : part));
}

function clause(text: string): Predicate {
  let match = /^startswith\(\s*([\w/@.]+)\s*,\s*('(?:[^']|'')*')\s*\)$/i.exec(text);
  if (match) {
    const [, path = '', value = ''] = match;
    return (item) => String(valueAt(item, path) ?? '').toLowerCase().startsWith(literal(value).toLowerCase());
  }
  match = /^([\w/@.]+)\s+in\s+\((.*)\)$/i.exec(text);
  if (match) {
    const [, path = '', list = ''] = match;
    const values = new Set(list.split(',').map((value) => literal(value).toLowerCase()));
    return (item) => values.has(String(valueAt(item, path) ?? '').toLowerCase());
  }
  match = /^([\w/@.]+)\s+(eq|ne|gt|ge|lt|le)\s+(.+)$/i.exec(text);
  if (match) {
    const [, path = '', op = '', raw = ''] = match;
    const value = literal(raw);
    return (item) => {
      const actual = valueAt(item, path);
      if (raw.trim() === 'null') return op.toLowerCase() === 'eq' ? actual == null : actual != null;
      const order = compare(actual, value);
      if (order === undefined) return op.toLowerCase() === 'ne';
      switch (op.toLowerCase()) {
        case 'eq': return order === 0;
        case 'ne': return order !== 0;
        case 'gt': return order > 0;
        case 'ge': return order >= 0;
        case 'lt': return order < 0;
        default: return order <= 0;
      }
    };
  }
  throw new UnsupportedQueryError(`Unsupported filter clause: ${text}`);
}

export function parseFilter(filter: string | null): Predicate {
  if (!filter) return () => true;
  const predicates = splitAnd(filter).map(clause);
  return (item) => predicates.every((predicate) => predicate(item));
}

/** `$search="displayName:team"`: case-insensitive word-prefix match, as Graph's tokenized search does. */
export function parseSearch(search: string | null): Predicate {
  if (!search) return () => true;
  const match = /^"([\w]+):(.*)"$/.exec(search.trim());
  if (!match) throw new UnsupportedQueryError(`Unsupported $search: ${search}`);
  const [, field = '', text = ''] = match;
  const needle = text.toLowerCase();
  return (item) => String(item[field] ?? '').toLowerCase().split(/[\s\-_.]+/).some((word) => word.startsWith(needle)) ||
    String(item[field] ?? '').toLowerCase().startsWith(needle);
}
