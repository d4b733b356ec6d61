import { evalError } from './define';

/** Simple (1:1) case mappings where JavaScript's full mapping would change the length. */
const SIMPLE_LOWER: Record<string, string> = { '\u0130': 'i' };

function mapChars(text: string, map: (ch: string) => string, special: Record<string, string>): string {
  let out = '';
  for (const ch of text) {
    const fixed = special[ch];
    if (fixed !== undefined) {
      out += fixed;
      continue;
    }
    const mapped = map(ch);
    // .NET maps one character to one character: `ß` stays `ß` upper-cased (JavaScript gives "SS").
    out += Array.from(mapped).length === 1 ? mapped : ch;
  }
  return out;
}

const TURKIC = new Set(['tr', 'az']);
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const CULTURE_SHAPE = /^([a-z]{2,3})(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/i;

/**
 * Resolves an RFC 4646 culture name to its language, or throws like .NET's CultureNotFoundException.
 * Empty or omitted means the invariant culture.
 */
export function cultureLanguage(culture: string | null | undefined, fn: string): string {
  if (culture === undefined || culture === null || culture.trim() === '') return '';
  const match = CULTURE_SHAPE.exec(culture.trim());
  const language = match?.[1]?.toLowerCase();
  if (!language || !LANGUAGE_NAMES.of(language)) throw evalError(fn, 'unknown culture name');
  return language;
}

export function toUpperDotNet(text: string, language: string): string {
  const special: Record<string, string> = TURKIC.has(language) ? { i: '\u0130', '\u0131': 'I' } : {};
  return mapChars(text, (ch) => ch.toUpperCase(), special);
}

export function toLowerDotNet(text: string, language: string): string {
  const special: Record<string, string> = TURKIC.has(language) ? { I: '\u0131', '\u0130': 'i' } : SIMPLE_LOWER;
  return mapChars(text, (ch) => ch.toLowerCase(), special);
}
