import { DAY_NAMES, DateTimeValue, MONTH_NAMES, utcMs } from './datetime';
import { ExpressionError } from './errors';

/** One piece of a .NET custom date/time format string. */
type Part = { kind: 'field'; letter: string; count: number } | { kind: 'literal'; text: string };

const FIELD_LETTERS = 'yMdHhmsfFtzKg';

/** Splits a .NET custom format string: repeated letters are fields, quotes and `\` escape, the rest is literal. */
export function tokenizeFormat(format: string): Part[] {
  const parts: Part[] = [];
  const literal = (text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else parts.push({ kind: 'literal', text });
  };
  for (let i = 0; i < format.length; ) {
    const ch = format[i]!;
    if (ch === '\\') {
      literal(format[i + 1] ?? '');
      i += 2;
    } else if (ch === '"' || ch === "'") {
      const close = format.indexOf(ch, i + 1);
      if (close < 0) throw new ExpressionError('eval', `FormatDateTime: unterminated quoted text in format "${format}"`);
      literal(format.slice(i + 1, close));
      i = close + 1;
    } else if (ch === '%') {
      i++;
    } else if (FIELD_LETTERS.includes(ch)) {
      let j = i;
      while (format[j] === ch) j++;
      parts.push({ kind: 'field', letter: ch, count: j - i });
      i = j;
    } else {
      literal(ch);
      i++;
    }
  }
  return parts;
}

interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ticks: number;
  pm: boolean | null;
  hour12: boolean;
  offsetMinutes: number | null;
}

/**
 * .NET `DateTime.ParseExact` with the default styles (leading/trailing white allowed, round-trip
 * kind). A parsed offset is normalised to UTC (decision §11.11: the service runs in UTC, so
 * "local" is UTC), which can move the date for positive offsets.
 */
export function parseExact(input: string, format: string): DateTimeValue | null {
  const text = input.trim();
  const p: Parsed = { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, ticks: 0, pm: null, hour12: false, offsetMinutes: null };
  let pos = 0;
  const digits = (min: number, max: number): number | null => {
    let end = pos;
    while (end < text.length && end - pos < max && text[end]! >= '0' && text[end]! <= '9') end++;
    if (end - pos < min) return null;
    const value = Number(text.slice(pos, end));
    pos = end;
    return value;
  };
  const name = (names: string[], abbreviated: boolean): number | null => {
    for (let i = 0; i < names.length; i++) {
      const candidate = abbreviated ? names[i]!.slice(0, 3) : names[i]!;
      if (text.slice(pos, pos + candidate.length).toLowerCase() === candidate.toLowerCase()) {
        pos += candidate.length;
        return i;
      }
    }
    return null;
  };
  for (const part of tokenizeFormat(format)) {
    if (part.kind === 'literal') {
      if (text.slice(pos, pos + part.text.length) !== part.text) return null;
      pos += part.text.length;
      continue;
    }
    const { letter, count } = part;
    let v: number | null;
    switch (letter) {
      case 'y':
        v = count <= 2 ? digits(count === 1 ? 1 : 2, 2) : digits(count, count);
        if (v === null) return null;
        p.year = count <= 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
        break;
      case 'M':
        if (count >= 3) {
          v = name(MONTH_NAMES, count === 3);
          if (v === null) return null;
          p.month = v + 1;
        } else {
          if ((v = digits(count, 2)) === null) return null;
          p.month = v;
        }
        break;
      case 'd':
        if (count >= 3) {
          if (name(DAY_NAMES, count === 3) === null) return null;
        } else {
          if ((v = digits(count, 2)) === null) return null;
          p.day = v;
        }
        break;
      case 'H':
      case 'h':
        if ((v = digits(Math.min(count, 2), 2)) === null) return null;
        p.hour = v;
        p.hour12 = letter === 'h';
        break;
      case 'm':
        if ((v = digits(Math.min(count, 2), 2)) === null) return null;
        p.minute = v;
        break;
      case 's':
        if ((v = digits(Math.min(count, 2), 2)) === null) return null;
        p.second = v;
        break;
      case 'f':
      case 'F': {
        const start = pos;
        if ((v = digits(letter === 'f' ? count : 0, count)) === null) return null;
        const fraction = text.slice(start, pos);
        p.ticks = Number((fraction + '0000000').slice(0, 7));
        break;
      }
      case 't': {
        const word = text.slice(pos, pos + (count === 1 ? 1 : 2)).toUpperCase();
        if (word[0] !== 'A' && word[0] !== 'P') return null;
        if (count > 1 && word[1] !== 'M') return null;
        p.pm = word[0] === 'P';
        pos += word.length;
        break;
      }
      case 'z':
      case 'K': {
        if (letter === 'K' && text[pos] === 'Z') {
          pos++;
          p.offsetMinutes = 0;
          break;
        }
        if (letter === 'K' && pos >= text.length) break;
        const sign = text[pos] === '-' ? -1 : text[pos] === '+' ? 1 : 0;
        if (!sign) return null;
        pos++;
        const hours = digits(count === 1 ? 1 : 2, 2);
        if (hours === null) return null;
        let minutes = 0;
        if (count >= 3 || letter === 'K') {
          if (text[pos] === ':') pos++;
          const mm = digits(2, 2);
          if (mm === null) return null;
          minutes = mm;
        }
        p.offsetMinutes = sign * (hours * 60 + minutes);
        break;
      }
      case 'g':
        if (text.slice(pos, pos + 4).toUpperCase() === 'A.D.') pos += 4;
        else if (text.slice(pos, pos + 2).toUpperCase() === 'AD') pos += 2;
        else return null;
        break;
    }
  }
  if (pos !== text.length) return null;
  if (p.hour12 || p.pm !== null) {
    if (p.hour12 && (p.hour < 1 || p.hour > 12)) return null;
    if (p.pm !== null) p.hour = (p.hour % 12) + (p.pm ? 12 : 0);
  }
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  const ms = utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second, Math.floor(p.ticks / 10_000));
  const check = new Date(ms);
  if (check.getUTCDate() !== p.day) return null;
  return new DateTimeValue(ms - (p.offsetMinutes ?? 0) * 60_000, p.ticks % 10_000);
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

/** .NET `DateTime.ToString(format, InvariantCulture)` of a UTC instant. */
export function formatExact(value: DateTimeValue, format: string): string {
  const d = new Date(value.ms);
  const ticks = d.getUTCMilliseconds() * 10_000 + value.subTicks;
  let out = '';
  for (const part of tokenizeFormat(format)) {
    if (part.kind === 'literal') {
      out += part.text;
      continue;
    }
    const { letter, count } = part;
    const year = d.getUTCFullYear();
    const hour = d.getUTCHours();
    switch (letter) {
      case 'y':
        out += count === 1 ? String(year % 100) : count === 2 ? pad(year % 100, 2) : pad(year, count);
        break;
      case 'M':
        out += count >= 4 ? MONTH_NAMES[d.getUTCMonth()] : count === 3 ? MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3) : pad(d.getUTCMonth() + 1, count);
        break;
      case 'd':
        out += count >= 4 ? DAY_NAMES[d.getUTCDay()] : count === 3 ? DAY_NAMES[d.getUTCDay()]!.slice(0, 3) : pad(d.getUTCDate(), count);
        break;
      case 'H':
        out += pad(hour, Math.min(count, 2));
        break;
      case 'h':
        out += pad(hour % 12 || 12, Math.min(count, 2));
        break;
      case 'm':
        out += pad(d.getUTCMinutes(), Math.min(count, 2));
        break;
      case 's':
        out += pad(d.getUTCSeconds(), Math.min(count, 2));
        break;
      case 'f':
        out += String(ticks).padStart(7, '0').slice(0, Math.min(count, 7));
        break;
      case 'F': {
        const digitsText = String(ticks).padStart(7, '0').slice(0, Math.min(count, 7)).replace(/0+$/, '');
        if (digitsText === '' && out.endsWith('.')) out = out.slice(0, -1);
        out += digitsText;
        break;
      }
      case 't':
        out += (hour < 12 ? 'AM' : 'PM').slice(0, count === 1 ? 1 : 2);
        break;
      case 'z':
        out += count === 1 ? '+0' : count === 2 ? '+00' : '+00:00';
        break;
      case 'K':
        out += 'Z';
        break;
      case 'g':
        out += 'A.D.';
        break;
    }
  }
  return out;
}
