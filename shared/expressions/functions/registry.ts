import { DATE_FUNCTIONS } from './dates';
import { IDENTITY_FUNCTIONS } from './identity';
import { LOGIC_FUNCTIONS } from './logic';
import { MULTI_FUNCTIONS } from './multi';
import { REPLACE_FUNCTION } from './replace';
import { TEXT_FUNCTIONS } from './text';
import type { FunctionDefinition } from './types';

/**
 * Every function the engine knows. AssertNotNull is deliberately absent (decision §11.1: no
 * documentation, semantics unknown); undocumented and Cloud-Sync-only ones are accepted but
 * flagged by the linter (L19).
 */
export const FUNCTIONS: readonly FunctionDefinition[] = [
  ...TEXT_FUNCTIONS,
  ...LOGIC_FUNCTIONS,
  ...MULTI_FUNCTIONS,
  ...DATE_FUNCTIONS,
  REPLACE_FUNCTION,
  ...IDENTITY_FUNCTIONS,
].sort((a, b) => a.name.localeCompare(b.name));

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));
const BY_LOWER_NAME = new Map(FUNCTIONS.map((f) => [f.name.toLowerCase(), f]));

export function functionByName(name: string): FunctionDefinition | undefined {
  return BY_NAME.get(name);
}

/** Case-insensitive lookup, for lenient mode and did-you-mean hints. */
export function functionByNameIgnoringCase(name: string): FunctionDefinition | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest name within a small edit distance, for "did you mean" hints. */
export function closestName(name: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
