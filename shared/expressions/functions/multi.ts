import { isMulti, isNullish, toInteger, toText, type Value } from '../values';
import { defineFunction, evalError } from './define';
import type { FunctionDefinition } from './types';

const valuesOf = (value: Value): readonly Value[] => (isMulti(value) ? value : value === null ? [] : [value]);

export const MULTI_FUNCTIONS: FunctionDefinition[] = [
  // Decision §11.18: an absent attribute has no values (0); a single value counts as one.
  defineFunction('Count', 'attribute', { summary: 'Number of values of a multi-valued attribute.' }, ([value]) => valuesOf(value ?? null).length),
  defineFunction('Item', 'attribute index', { summary: 'The value at a 1-based index; out of range (including 0) is an error.' }, ([value, index]) => {
    if (value === undefined || isNullish(value)) return null;
    const n = toInteger(index ?? null, 'Item', 'index');
    const values = valuesOf(value);
    if (n < 1 || n > values.length) throw evalError('Item', 'index out of range');
    return values[n - 1]!;
  }),
  // Decision §11.18: ordinal, case-sensitive, first occurrence kept in order.
  defineFunction('RemoveDuplicates', 'attribute', { summary: 'Distinct values, first occurrence kept (case-sensitive).' }, ([value]) => {
    if (value === undefined || isNullish(value)) return null;
    const seen = new Set<string>();
    const out: Value[] = [];
    for (const item of valuesOf(value)) {
      const key = item === null ? '\u0000null' : toText(item, 'RemoveDuplicates', 'attribute');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(item);
      }
    }
    return out;
  }),
];
