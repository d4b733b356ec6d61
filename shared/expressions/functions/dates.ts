import { dateAdd, dateDiff, dateTimeFromFileTime, DateTimeValue, fileTimeFromDateTime, isDateTime, parseDateTime, parseInterval } from '../datetime';
import { formatExact, parseExact } from '../dotnet-format';
import { toInteger, toText, type Value } from '../values';
import { defineFunction, evalError } from './define';
import type { FunctionDefinition } from './types';

/** Dates flow as DateTime values; text is converted like VB's implicit CDate (the linter warns, L09). */
function toDateTime(value: Value, fn: string, param: string): DateTimeValue {
  if (isDateTime(value)) return value;
  const parsed = parseDateTime(toText(value, fn, param));
  if (!parsed) throw evalError(fn, `${param} is not a recognizable date/time; wrap it in CDate(…) or FormatDateTime(…)`);
  return parsed;
}

const DATE_TIME_STYLES = new Set([
  'none', 'allowleadingwhite', 'allowtrailingwhite', 'allowinnerwhite', 'allowwhitespaces', 'nocurrentdatedefault',
  'adjusttouniversal', 'assumelocal', 'assumeuniversal', 'roundtripkind',
]);

/**
 * dateTimeStyles (decision §11.11): empty, a number (the enum's flag value, e.g. "32"), or
 * comma-separated DateTimeStyles names. Accepted and validated; the service runs in UTC, so none
 * of them changes the result of this UTC-normalised evaluator.
 */
function checkStyles(styles: Value | undefined): void {
  if (styles === undefined || styles === null) return;
  const text = toText(styles, 'FormatDateTime', 'dateTimeStyles').trim();
  if (text === '' || /^\d+$/.test(text)) return;
  for (const name of text.split(',')) {
    if (!DATE_TIME_STYLES.has(name.trim().toLowerCase())) throw evalError('FormatDateTime', `unknown dateTimeStyles value "${name.trim()}"`);
  }
}

export const DATE_FUNCTIONS: FunctionDefinition[] = [
  defineFunction('CDate', 'expression', { summary: 'Parses a date/time text (ISO 8601 or M/d/yyyy) into a UTC DateTime.' }, ([value]) => {
    if (value === undefined || value === null) return null;
    if (isDateTime(value)) return value;
    const parsed = parseDateTime(toText(value, 'CDate', 'expression'));
    if (!parsed) throw evalError('CDate', 'string is not a recognizable date/time');
    return parsed;
  }),
  defineFunction('Now', '', { summary: 'The current UTC date and time.', volatile: true }, (_args, env) => new DateTimeValue(env.now())),
  defineFunction('DateAdd', 'interval value dateTime', { summary: 'Adds a number of intervals (yyyy, q, m, d, ww, h, n, s) to a DateTime.' }, ([interval, amount, date]) => {
    if (date === undefined || date === null) return null;
    const unit = parseInterval(toText(interval ?? null, 'DateAdd', 'interval'), 'DateAdd');
    return dateAdd(unit, toInteger(amount ?? null, 'DateAdd', 'value'), toDateTime(date, 'DateAdd', 'dateTime'));
  }),
  defineFunction('DateDiff', 'interval date1 date2', { summary: 'Intervals from date1 to date2 (VB.NET DateDiff rules).' }, ([interval, a, b]) => {
    if (a === undefined || a === null || b === undefined || b === null) return null;
    const unit = parseInterval(toText(interval ?? null, 'DateDiff', 'interval'), 'DateDiff');
    return dateDiff(unit, toDateTime(a, 'DateDiff', 'date1'), toDateTime(b, 'DateDiff', 'date2'));
  }),
  defineFunction('DateFromNum', 'value', { summary: 'AD integer date (FILETIME ticks) to DateTime.' }, ([value]) => {
    if (value === undefined || value === null) return null;
    const text = toText(value, 'DateFromNum', 'value').trim();
    if (!/^-?\d+$/.test(text)) throw evalError('DateFromNum', `"${text}" is not an integer date`);
    return dateTimeFromFileTime(BigInt(text));
  }),
  defineFunction('NumFromDate', 'value', { summary: 'ISO 8601 date-time to an AD integer date (FILETIME ticks, UTC).' }, ([value]) => {
    if (value === undefined || value === null) return null;
    const date = isDateTime(value) ? value : parseDateTime(toText(value, 'NumFromDate', 'value'));
    if (!date) throw evalError('NumFromDate', 'value is not an ISO 8601 date-time; convert it with FormatDateTime first');
    return fileTimeFromDateTime(date);
  }),
  defineFunction(
    'FormatDateTime',
    'source dateTimeStyles? inputFormat outputFormat',
    { summary: 'Re-formats a date/time text from inputFormat to outputFormat (.NET custom formats).', minArgs: 3 },
    (args) => {
      // Decision §11.11: three arguments are the legacy (source, inputFormat, outputFormat) form.
      const [source, styles, inputFormat, outputFormat] = args.length === 3 ? [args[0], undefined, args[1], args[2]] : args;
      checkStyles(styles);
      if (source === undefined || source === null) return null;
      const input = toText(inputFormat ?? null, 'FormatDateTime', 'inputFormat');
      const output = toText(outputFormat ?? null, 'FormatDateTime', 'outputFormat');
      const date = isDateTime(source) ? source : parseExact(toText(source, 'FormatDateTime', 'source'), input);
      if (!date) throw evalError('FormatDateTime', 'input does not match inputFormat');
      return formatExact(date, output);
    },
  ),
];
