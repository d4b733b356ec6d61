import { z } from 'zod';

/**
 * Liberal readers for Graph's JSON: what Graph documents *and* what it (or a proxy, an export, an
 * OData client negotiating IEEE754 compatibility) is known to send. Each helper normalises once;
 * a value that cannot be interpreted is kept raw (see `RAW_KEY`) rather than failing the whole read.
 */

/** Where an object keeps the raw values of fields it had to normalise away (unknown enum members). */
export const RAW_KEY = '@pwb.raw';

const NUMERIC = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Int64 as a string ("42"), as OData sends it under `IEEE754Compatible=true`; "" reads as null. */
export function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  return NUMERIC.test(text) ? Number(text) : value;
}

/** "true"/"false" (any case) as booleans; "" reads as null. */
export function toBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '') return null;
  return value;
}

/** Numbers and booleans where Graph documents a string. */
export function toText(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

/** `""` for an empty date reads as null. */
export function toDate(value: unknown): unknown {
  return value === '' ? null : toText(value);
}

export const liberalInt = () => z.preprocess(toNumber, z.number().int().nullable()).optional();
export const liberalNumber = () => z.preprocess(toNumber, z.number().nullable()).optional();
export const liberalBoolean = () => z.preprocess(toBoolean, z.boolean().nullable()).optional();
export const liberalString = () => z.preprocess(toText, z.string().nullable()).optional();
export const liberalDate = () => z.preprocess(toDate, z.string().nullable()).optional();

/** A required integer that also reads "1"; absent or unreadable reads as `fallback`. */
export function intOr(fallback: number) {
  return z.preprocess((value) => {
    const n = toNumber(value);
    return typeof n === 'number' && Number.isInteger(n) ? n : fallback;
  }, z.number().int());
}

/** A required boolean that also reads "True"; absent reads as `fallback`. */
export function booleanOr(fallback: boolean) {
  return z.preprocess((value) => {
    const b = toBoolean(value);
    return typeof b === 'boolean' ? b : fallback;
  }, z.boolean());
}

/** Canonical member for a value in any case, or undefined when the enum does not know it. */
export function enumMember<T extends string>(values: readonly T[], value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  return values.find((member) => member === value) ?? values.find((member) => member.toLowerCase() === value.toLowerCase());
}

/**
 * An enum that reads members in any case and maps an unknown member to `fallback`. Pair it with
 * `keepRawEnums` on the containing object so the original value is not lost.
 */
export function liberalEnum<const T extends string>(values: readonly [T, ...T[]], fallback: T) {
  return z.preprocess((value) => enumMember(values, value) ?? fallback, z.enum(values));
}

/** An optional enum: unknown members read as absent (and are kept raw by `keepRawEnums`). */
export function optionalEnum<const T extends string>(values: readonly [T, ...T[]]) {
  return z.preprocess((value) => (value === null || value === undefined ? value : enumMember(values, value)), z.enum(values).nullable().optional());
}

/**
 * Before an object is read: copies the value of every listed enum field that the enum does not know
 * into `RAW_KEY`, so normalising it to a fallback keeps what Graph actually sent.
 */
export function keepRawEnums(fields: Record<string, readonly string[]>) {
  return (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const input = value as Record<string, unknown>;
    const raw: Record<string, unknown> = {};
    for (const [field, members] of Object.entries(fields)) {
      const actual = input[field];
      if (actual !== undefined && actual !== null && enumMember(members, actual) === undefined) raw[field] = actual;
    }
    if (Object.keys(raw).length === 0) return value;
    const previous = input[RAW_KEY];
    return { ...input, [RAW_KEY]: { ...(previous && typeof previous === 'object' ? previous : {}), ...raw } };
  };
}

/** A list Graph may send as null or leave out: both read as []. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === null || value === undefined ? [] : value), z.array(item));
}
