import { ExpressionError } from './errors';

/** A UTC instant with .NET's 100 ns resolution: epoch milliseconds plus sub-millisecond ticks (0–9999). */
export class DateTimeValue {
  constructor(
    readonly ms: number,
    readonly subTicks = 0,
  ) {}
}

export function isDateTime(value: unknown): value is DateTimeValue {
  return value instanceof DateTimeValue;
}

const MS_PER_DAY = 86_400_000;
/** Milliseconds between 1601-01-01 (FILETIME epoch) and 1970-01-01. */
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000n;

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** UTC milliseconds of a calendar date; works for years below 100 too (Date.UTC would map them to 19xx). */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

function isValidDate(y: number, mo: number, d: number): boolean {
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  const probe = new Date(utcMs(y, mo, 1));
  probe.setUTCMonth(mo, 0);
  return d <= probe.getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The documented rendering `M/d/yyyy h:mm:ss tt` (invariant culture, UTC). */
export function renderDateTime(value: DateTimeValue): string {
  const d = new Date(value.ms);
  const h = d.getUTCHours();
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${pad(d.getUTCFullYear(), 4)} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

export function isoDateTime(value: DateTimeValue): string {
  return new Date(value.ms).toISOString().replace('.000Z', 'Z');
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function offsetMinutes(text: string | undefined): number {
  if (!text || text.toUpperCase() === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * CDate's parser (decision §11.12): ISO 8601-like `yyyy-MM-dd[Thh:mm[:ss[.f]]][Z|±hh:mm]` (an offset
 * may follow the date directly, as in Workday's `2020-03-16-07:00`) and the invariant
 * `M/d/yyyy[ h:mm[:ss] [AM|PM]]`. No offset means UTC, the service's time zone. Offsets are applied.
 */
export function parseDateTime(text: string): DateTimeValue | null {
  const t = text.trim();
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0, frac = '', off: string | undefined;
  let m = ISO.exec(t);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] !== undefined) [h, mi, s, frac] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7] ?? ''];
    off = m[8];
  } else if ((m = US.exec(t))) {
    [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] !== undefined) {
      [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
      const ampm = m[7]?.toUpperCase();
      if (ampm) {
        if (h < 1 || h > 12) return null;
        h = (h % 12) + (ampm === 'PM' ? 12 : 0);
      }
    }
    off = m[8];
  } else return null;
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const fracTicks = Number((frac + '0000000').slice(0, 7));
  const ms = utcMs(y, mo, d, h, mi, s, Math.floor(fracTicks / 10_000)) - offsetMinutes(off) * 60_000;
  return new DateTimeValue(ms, fracTicks % 10_000);
}

export function dateTimeFromFileTime(ticks: bigint): DateTimeValue {
  const ms = ticks / 10_000n - FILETIME_EPOCH_OFFSET_MS;
  return new DateTimeValue(Number(ms), Number(ticks % 10_000n));
}

export function fileTimeFromDateTime(value: DateTimeValue): bigint {
  return (BigInt(value.ms) + FILETIME_EPOCH_OFFSET_MS) * 10_000n + BigInt(value.subTicks);
}

// ---------------------------------------------------------------- DateAdd / DateDiff (VB.NET semantics)

export type DateInterval = 'yyyy' | 'q' | 'm' | 'y' | 'd' | 'w' | 'ww' | 'h' | 'n' | 's';
const INTERVALS = new Set<string>(['yyyy', 'q', 'm', 'y', 'd', 'w', 'ww', 'h', 'n', 's']);

export function parseInterval(text: string, fn: string): DateInterval {
  const key = text.trim().toLowerCase();
  if (!INTERVALS.has(key)) throw new ExpressionError('eval', `${fn}: unknown interval "${text}" (use yyyy, q, m, d, ww, h, n or s)`);
  return key as DateInterval;
}

/** .NET AddMonths: the day is clamped to the end of the target month. */
function addMonths(value: DateTimeValue, months: number): DateTimeValue {
  const d = new Date(value.ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (year < 1 || year > 9999) throw new ExpressionError('eval', 'DateAdd: the result is outside the supported date range');
  const probe = new Date(utcMs(year, month, 1));
  probe.setUTCMonth(month, 0);
  const day = Math.min(d.getUTCDate(), probe.getUTCDate());
  return new DateTimeValue(utcMs(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()), value.subTicks);
}

export function dateAdd(interval: DateInterval, amount: number, value: DateTimeValue): DateTimeValue {
  const add = (ms: number): DateTimeValue => new DateTimeValue(value.ms + ms, value.subTicks);
  switch (interval) {
    case 'yyyy':
      return addMonths(value, amount * 12);
    case 'q':
      return addMonths(value, amount * 3);
    case 'm':
      return addMonths(value, amount);
    case 'y':
    case 'd':
    case 'w':
      return add(amount * MS_PER_DAY);
    case 'ww':
      return add(amount * 7 * MS_PER_DAY);
    case 'h':
      return add(amount * 3_600_000);
    case 'n':
      return add(amount * 60_000);
    case 's':
      return add(amount * 1000);
  }
}

const dateOnly = (ms: number): number => Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;

/** VB.NET `DateAndTime.DateDiff`: calendar differences for yyyy/q/m, truncated elapsed time otherwise. */
export function dateDiff(interval: DateInterval, a: DateTimeValue, b: DateTimeValue): number {
  const da = new Date(a.ms);
  const db = new Date(b.ms);
  const elapsed = b.ms - a.ms;
  const trunc = (x: number): number => Math.trunc(x) + 0;
  switch (interval) {
    case 'yyyy':
      return db.getUTCFullYear() - da.getUTCFullYear();
    case 'q':
      return (db.getUTCFullYear() - da.getUTCFullYear()) * 4 + Math.floor(db.getUTCMonth() / 3) - Math.floor(da.getUTCMonth() / 3);
    case 'm':
      return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
    case 'y':
    case 'd':
      return trunc(elapsed / MS_PER_DAY);
    case 'w':
      return trunc(elapsed / MS_PER_DAY / 7);
    case 'ww': {
      const sundayA = dateOnly(a.ms) - da.getUTCDay() * MS_PER_DAY;
      const sundayB = dateOnly(b.ms) - db.getUTCDay() * MS_PER_DAY;
      return trunc(Math.round((sundayB - sundayA) / MS_PER_DAY) / 7);
    }
    case 'h':
      return trunc(elapsed / 3_600_000);
    case 'n':
      return trunc(elapsed / 60_000);
    case 's':
      return trunc(elapsed / 1000);
  }
}
