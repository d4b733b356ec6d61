import { leafOf } from './attribute-paths';
import { isPlainObject } from './coerce';
import type { FilterValue, ResolvedFilter } from './filter';

function compare(actual: unknown, op: string, expected: FilterValue, caseExact: boolean): boolean {
  if (actual === undefined || actual === null) return op === 'ne' ? expected !== null : expected === null && op === 'eq';
  if (typeof actual === 'string' && typeof expected === 'string') {
    const a = caseExact ? actual : actual.toLowerCase();
    const e = caseExact ? expected : expected.toLowerCase();
    switch (op) {
      case 'eq': return a === e;
      case 'ne': return a !== e;
      case 'co': return a.includes(e);
      case 'sw': return a.startsWith(e);
      case 'ew': return a.endsWith(e);
      case 'gt': return a > e;
      case 'ge': return a >= e;
      case 'lt': return a < e;
      case 'le': return a <= e;
    }
    return false;
  }
  if (typeof actual === 'number' && typeof expected === 'number') {
    switch (op) {
      case 'gt': return actual > expected;
      case 'ge': return actual >= expected;
      case 'lt': return actual < expected;
      case 'le': return actual <= expected;
    }
  }
  if (op === 'eq') return actual === expected;
  if (op === 'ne') return actual !== expected;
  return false;
}

/** Evaluates a value filter (`type eq "work"`) against one element of a multi-valued attribute. */
export function matchesElement(filter: ResolvedFilter, element: unknown): boolean {
  switch (filter.kind) {
    case 'and': return filter.filters.every((f) => matchesElement(f, element));
    case 'or': return filter.filters.some((f) => matchesElement(f, element));
    case 'not': return !matchesElement(filter.filter, element);
    case 'any': return false;
    case 'present': {
      const v = isPlainObject(element) ? element[leafOf(filter.attr).name] : undefined;
      return v !== undefined && v !== null && v !== '';
    }
    case 'compare': {
      const leaf = leafOf(filter.attr);
      const v = isPlainObject(element) ? element[leaf.name] : element;
      return compare(v, filter.op, filter.value, leaf.caseExact);
    }
  }
}

/** The sub-attribute values an `eq`-only filter pins down, used to create a missing element. */
export function templateOf(filter: ResolvedFilter): Record<string, unknown> | null {
  if (filter.kind === 'compare' && filter.op === 'eq') return { [leafOf(filter.attr).name]: filter.value };
  if (filter.kind === 'and') {
    const out: Record<string, unknown> = {};
    for (const f of filter.filters) {
      const part = templateOf(f);
      if (!part) return null;
      Object.assign(out, part);
    }
    return out;
  }
  return null;
}
