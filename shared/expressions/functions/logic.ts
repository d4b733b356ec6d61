import { ExpressionError } from '../errors';
import { IgnoreFlowSignal, isComplex, isMulti, isNullish, parseBooleanText, toInteger, toText, type Value } from '../values';
import { defineFunction, evalError } from './define';
import { optionalText } from './text';
import type { FunctionDefinition } from './types';

/** IIF's condition: booleans, "True"/"False" text, non-zero numbers. A null condition is false (§11.6). */
export function conditionValue(value: Value, fn: string): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'bigint') return value !== 0n;
  const text = toText(value, fn, 'condition');
  const parsed = parseBooleanText(text);
  if (parsed !== null) return parsed;
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return Number(text) !== 0;
  throw evalError(fn, `cannot convert "${text}" to Boolean; use a comparison such as [x] = "value"`);
}

/** Switch compares keys as text, ordinal and case-sensitive; a null source matches a "" key. */
function switchKey(value: Value): string {
  if (value === null) return '';
  return toText(value, 'Switch', 'source');
}

function validateSwitch(args: ReadonlyArray<unknown>): string | undefined {
  return args.length % 2 === 0 ? undefined : 'Switch: keys and values must come in pairs (even parameter count)';
}

export const LOGIC_FUNCTIONS: FunctionDefinition[] = [
  defineFunction('IIF', 'condition valueIfTrue valueIfFalse', { summary: 'One of two values depending on a condition (both branches are evaluated).' }, ([condition, ifTrue, ifFalse]) =>
    conditionValue(condition ?? null, 'IIF') ? (ifTrue ?? null) : (ifFalse ?? null),
  ),
  defineFunction(
    'Switch',
    'source defaultValue? switchValue*',
    { summary: 'The value paired with the first key equal to source (case-sensitive), else the default.', minArgs: 2, validate: validateSwitch },
    ([source, defaultValue, ...pairs]) => {
      if (source !== undefined && source !== null && isMulti(source) && source.length > 1) {
        throw evalError('Switch', 'source is multi-valued; use Item or Join first');
      }
      const key = switchKey(source ?? null);
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        if (switchKey(pairs[i] ?? null) === key) return pairs[i + 1] ?? null;
      }
      // Decision §11.7: an omitted default with no matching key gives null, so the attribute is skipped.
      return defaultValue ?? null;
    },
  ),
  defineFunction('Coalesce', 'source+', { summary: 'The first value that is not null ("" counts as a value).' }, (args) => {
    for (const value of args) if (value !== undefined && !isNullish(value)) return value;
    return null;
  }),
  defineFunction('Not', 'source', { summary: 'False for "True" (any letter case), true for anything else.' }, ([source]) => {
    if (source === undefined || source === null) return null;
    if (typeof source === 'boolean') return !source;
    return parseBooleanText(toText(source, 'Not', 'source')) !== true;
  }),
  defineFunction('CBool', 'expression', { summary: 'Converts to Boolean: non-zero numbers and "True" are true.' }, ([value]) =>
    value === undefined || value === null ? false : conditionValue(value, 'CBool'),
  ),
  defineFunction('CStr', 'value', { summary: 'Converts a number, reference or Boolean to text.' }, ([value]) =>
    value === undefined || value === null ? null : toText(value, 'CStr', 'value'),
  ),
  defineFunction('IsNull', 'expression', { summary: 'True when the attribute is absent.' }, ([value]) => value === undefined || isNullish(value)),
  defineFunction('IsNothing', 'expression', { summary: 'Same as IsNull.', status: 'undocumented' }, ([value]) => value === undefined || isNullish(value)),
  defineFunction('IsNullOrEmpty', 'expression', { summary: 'True when absent or "".' }, ([value]) => value === undefined || isNullish(value) || value === ''),
  defineFunction('IsPresent', 'expression', { summary: 'True when neither absent nor "".' }, ([value]) => !(value === undefined || isNullish(value) || value === '')),
  defineFunction('IsString', 'expression', { summary: 'True when the value can be treated as text.' }, ([value]) => {
    if (value === undefined || value === null || isComplex(value)) return false;
    return !isMulti(value) || value.length === 1;
  }),
  defineFunction('IgnoreFlowIfNullOrEmpty', 'expression', { summary: 'Leaves the attribute out of the operation when the value is null or "".' }, ([value]) => {
    if (value === undefined || isNullish(value) || value === '') throw new IgnoreFlowSignal();
    return value;
  }),
  defineFunction('BitAnd', 'value1 value2', { summary: 'Bitwise AND of two integers (accepts &H hex literals).' }, ([a, b]) => {
    if (a === undefined || a === null || b === undefined || b === null) return null;
    return Number(BigInt(toInteger(a, 'BitAnd', 'value1')) & BigInt(toInteger(b, 'BitAnd', 'value2')));
  }),
  defineFunction('Error', 'message', { summary: 'Fails the evaluation with a message.', status: 'cloud-sync' }, ([message]) => {
    throw new ExpressionError('eval', `Error: ${optionalText(message, 'Error', 'message') ?? ''}`);
  }),
];
