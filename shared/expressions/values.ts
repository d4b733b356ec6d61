import { renderDateTime, type DateTimeValue, isDateTime } from './datetime';
import { ExpressionError } from './errors';

/** A complex value such as one app-role assignment or one SCIM role object. */
export type ComplexValue = { readonly [key: string]: unknown };

/**
 * Runtime values. Strings are the workhorse; booleans render as "True"/"False"; `bigint` carries
 * AD FILETIME numbers (> 2^53); arrays are multi-valued attributes.
 */
export type Value = null | string | boolean | number | bigint | DateTimeValue | ComplexValue | readonly Value[];

/** Thrown by IgnoreFlowIfNullOrEmpty: the attribute is left out of the operation entirely. */
export class IgnoreFlowSignal {
  readonly ignoreFlow = true;
}

export function isMulti(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

export function isComplex(value: Value): value is ComplexValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isDateTime(value);
}

/** Absent attribute, or a multi-valued attribute without values. */
export function isNullish(value: Value): boolean {
  return value === null || (isMulti(value) && value.length === 0);
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

/** .NET-like `ToString()` of a single value; multi-valued input is a type error. */
export function toText(value: Value, fn: string, param: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null) return '';
  if (isDateTime(value)) return renderDateTime(value);
  if (isMulti(value)) {
    if (value.length === 1) return toText(value[0]!, fn, param);
    throw new ExpressionError('eval', `${fn}: ${param} is multi-valued (${value.length} values); use Join or Item first`);
  }
  return JSON.stringify(value);
}

/** Parses an integer argument ("3", 3, "-10", &HF). */
export function toInteger(value: Value, fn: string, param: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  const text = toText(value, fn, param).trim();
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  if (/^&[Hh][0-9A-Fa-f]+$/.test(text)) return parseInt(text.slice(2), 16);
  throw new ExpressionError('eval', `${fn}: ${param} must be an integer, not "${text}"`);
}

/** .NET boolean text is case-insensitive ("true", "TRUE" and "True" are all true). */
export function parseBooleanText(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false') return false;
  return null;
}

/** JSON-friendly form used by the CLI and the UI: DateTime as its documented text, bigint as a string. */
export function encodeValue(value: Value): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (isDateTime(value)) return renderDateTime(value);
  if (isMulti(value)) return value.map(encodeValue);
  return value;
}

/** Converts a JSON source object's attribute value into a runtime value. */
export function decodeSourceValue(raw: unknown): Value {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string' || typeof raw === 'boolean' || typeof raw === 'number' || typeof raw === 'bigint') return raw;
  if (Array.isArray(raw)) return raw.map(decodeSourceValue);
  if (typeof raw === 'object') return raw as ComplexValue;
  return String(raw);
}
