import { parse, type Filter } from 'scim2-parse-filter';
import { filterablePaths, resolveAttribute, resolveSubAttribute, type ResolvedAttribute } from './attribute-paths';
import { normalizeFilterText } from './filter-text';
import type { ResourceProfile } from './schema/types';
import { badRequest } from './scim-error';

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'lt' | 'ge' | 'le';
export type FilterValue = string | number | boolean | null;

/** A filter with every attribute resolved against the profile: what the SQL translator consumes. */
export type ResolvedFilter =
  | { kind: 'and' | 'or'; filters: ResolvedFilter[] }
  | { kind: 'not'; filter: ResolvedFilter }
  | { kind: 'compare'; op: CompareOp; attr: ResolvedAttribute; value: FilterValue }
  | { kind: 'present'; attr: ResolvedAttribute }
  /** A condition on the elements of a multi-valued attribute; inner attrs are sub-attributes of `attr`. */
  | { kind: 'any'; attr: ResolvedAttribute; filter: ResolvedFilter };

const MAX_FILTER_LENGTH = 4096;
const MAX_DEPTH = 32;

/** Parses a SCIM filter (RFC 7644 §3.4.2.2) → 400 invalidFilter with a reason on any problem. */
export function parseFilter(text: string): Filter {
  if (text.length > MAX_FILTER_LENGTH) throw badRequest('invalidFilter', `The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  const normalized = normalizeFilterText(text);
  if (normalized === null || normalized.trim() === '') throw badRequest('invalidFilter', `The filter "${text}" is not valid: unterminated string or empty filter.`);
  try {
    return parse(normalized);
  } catch (error) {
    throw badRequest('invalidFilter', `The filter "${text}" is not valid SCIM filter syntax (${(error as Error).message.trim()}).`);
  }
}

function notFilterable(resource: ResourceProfile, path: string): never {
  throw badRequest(
    'invalidFilter',
    `Filtering on "${path}" is not supported by this endpoint's profile. Filterable ${resource.name} attributes: ${filterablePaths(resource).join(', ')}.`,
  );
}

function value(v: unknown): FilterValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
}

const TEXT_TYPES = new Set(['string', 'reference', 'dateTime', 'binary']);

/**
 * A comparison whose value does not fit the attribute's type (`userName gt 5`, `active eq "yes"`) is
 * not a valid filter: it answers 400 invalidFilter instead of quietly matching nothing.
 */
function checkComparable(attr: ResolvedAttribute, op: CompareOp, compared: FilterValue, path: string): void {
  if (compared === null) {
    if (op === 'eq' || op === 'ne') return;
    throw badRequest('invalidFilter', `"${path} ${op} null" is not meaningful; use "pr" or "eq null".`);
  }
  const type = (attr.sub ?? attr.attribute).type;
  const fits = TEXT_TYPES.has(type)
    ? typeof compared === 'string'
    : type === 'boolean'
      ? typeof compared === 'boolean' && (op === 'eq' || op === 'ne')
      : type === 'integer' || type === 'decimal'
        ? typeof compared === 'number' && op !== 'co' && op !== 'sw' && op !== 'ew'
        : true;
  if (!fits) {
    const wanted = TEXT_TYPES.has(type) ? 'a quoted string' : type === 'boolean' ? 'true or false with eq or ne' : 'an unquoted number';
    throw badRequest('invalidFilter', `"${path} ${op} ${JSON.stringify(compared)}" compares ${article(type)} attribute with ${typeof compared === 'string' ? 'a string' : article(typeof compared)}; use ${wanted}.`);
  }
}

/**
 * Resolves and checks a parsed filter against a resource type of a profile. `checkFilterable` is off
 * for the value filter of a PATCH path (`members[value eq "…"]`): which elements a PATCH acts on is
 * not a query, and Entra sends such paths to every endpoint, whatever it lets clients filter on.
 */
export function resolveFilter(resource: ResourceProfile, filter: Filter, depth = 0, parent?: ResolvedAttribute, checkFilterable = true): ResolvedFilter {
  if (depth > MAX_DEPTH) throw badRequest('invalidFilter', 'The filter is nested too deeply.');
  switch (filter.op) {
    case 'and':
    case 'or':
      return { kind: filter.op, filters: (filter as { filters: Filter[] }).filters.map((f) => resolveFilter(resource, f, depth + 1, parent, checkFilterable)) };
    case 'not':
      return { kind: 'not', filter: resolveFilter(resource, (filter as { filter: Filter }).filter, depth + 1, parent, checkFilterable) };
    case '[]': {
      if (parent) throw badRequest('invalidFilter', 'Value filters cannot be nested.');
      const vp = filter as { attrPath: string; valFilter: Filter };
      const attr = resolveAttribute(resource, vp.attrPath);
      if (!attr || attr.sub || !attr.attribute.subAttributes) return notFilterable(resource, vp.attrPath);
      if (!attr.attribute.filterable) return notFilterable(resource, vp.attrPath);
      return { kind: 'any', attr, filter: resolveFilter(resource, vp.valFilter, depth + 1, attr) };
    }
    default: {
      const leaf = filter as { op: string; attrPath: string; compValue?: unknown };
      let attr = parent ? resolveSubAttribute(parent, leaf.attrPath) : resolveAttribute(resource, leaf.attrPath);
      if (!attr) return notFilterable(resource, leaf.attrPath);
      if (checkFilterable && (!attr.attribute.filterable || (attr.sub && !attr.sub.filterable))) return notFilterable(resource, leaf.attrPath);
      // `manager eq "id"` (Entra's manager probe): a single-valued complex attribute compares by its `value`.
      const implied = !parent && !attr.sub && !attr.attribute.multiValued && attr.attribute.subAttributes?.find((s) => s.name === 'value');
      if (implied) attr = { ...attr, sub: implied };
      const op = leaf.op.toLowerCase();
      const node: ResolvedFilter =
        op === 'pr' ? { kind: 'present', attr } : { kind: 'compare', op: op as CompareOp, attr, value: value(leaf.compValue) };
      if (node.kind === 'compare') checkComparable(node.attr, node.op, node.value, leaf.attrPath);
      if (!parent && attr.attribute.multiValued) {
        // `emails.value eq x` / `members eq x`: a condition on any element (on `value` when no sub-attribute is named).
        const sub = attr.sub ?? attr.attribute.subAttributes?.find((s) => s.name === 'value');
        const element: ResolvedAttribute = sub ? { ...attr, sub } : attr;
        const inner: ResolvedFilter = node.kind === 'present' ? { kind: 'present', attr: element } : { ...node, attr: element };
        return { kind: 'any', attr: { schema: attr.schema, extension: attr.extension, attribute: attr.attribute }, filter: inner };
      }
      return node;
    }
  }
}

/** parse + resolve. */
export function compileFilter(resource: ResourceProfile, text: string): ResolvedFilter {
  return resolveFilter(resource, parseFilter(text));
}

/** "an integer", "a boolean": the word with its article. */
function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
