/** Display formatting shared by every screen: durations, dates, counts and Entra's enum values. */

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseIsoDuration(value: string): DurationParts | null {
  const match = DURATION.exec(value.trim());
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) return null;
  const [, weeks, days, hours, minutes, seconds] = match;
  return {
    weeks: Number(weeks ?? 0),
    days: Number(days ?? 0),
    hours: Number(hours ?? 0),
    minutes: Number(minutes ?? 0),
    seconds: Number(seconds ?? 0),
  };
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** `PT40M` → "40 minutes", `P1DT2H` → "1 day 2 hours"; unparseable input is returned verbatim. */
export function formatIsoDuration(value: string): string {
  const parts = parseIsoDuration(value);
  if (!parts) return value;
  const words = [
    parts.weeks ? plural(parts.weeks, 'week') : '',
    parts.days ? plural(parts.days, 'day') : '',
    parts.hours ? plural(parts.hours, 'hour') : '',
    parts.minutes ? plural(parts.minutes, 'minute') : '',
    parts.seconds ? plural(parts.seconds, 'second') : '',
  ].filter(Boolean);
  return words.length > 0 ? words.join(' ') : '0 minutes';
}

/** A job's schedule interval in words; Graph reports "never" as a null interval. */
export function formatSchedule(interval: string | null): string {
  if (interval === null) return 'not scheduled';
  return `every ${formatIsoDuration(interval)}`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 hours ago", "in 2 days". */
export function formatRelative(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let amount = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatDateTime(iso);
}

/** Elapsed time between two instants: "4 min 12 s", "2 h 5 min". */
export function formatElapsed(startIso: string | null, endIso: string | null): string | null {
  if (!startIso || !endIso) return null;
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}

const numberFormat = new Intl.NumberFormat();

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

/** "1 user", "12 users". */
export function countOf(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${numberFormat.format(value)} ${value === 1 ? singular : pluralForm}`;
}

/** An attribute mapping's flowType as the admin center words it ("Apply this mapping"). */
export function describeFlowType(flowType: string): string {
  if (flowType === 'Always') return 'Always';
  if (flowType === 'ObjectAddOnly') return 'Only during creation';
  return flowType;
}

const OBJECT_ACTION_NAMES: Readonly<Record<string, string>> = { Add: 'Create', Update: 'Update', Delete: 'Delete' };

/** An object mapping's flowTypes ("Add, Update, Delete") as the portal's "Target Object Actions". */
export function describeObjectActions(flowTypes: string): string[] {
  return flowTypes
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => OBJECT_ACTION_NAMES[part] ?? part);
}

/** "Matching #1" for attributes used to match objects; null when the mapping is not used for matching. */
export function describeMatching(matchingPriority: number): string | null {
  return matchingPriority > 0 ? `Matching #${matchingPriority}` : null;
}

/** Splits `PascalCase`/`camelCase` identifiers into words: "NotConfigured" → "Not configured". */
export function humanizeIdentifier(value: string): string {
  const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
