import { isMulti, isNullish, toInteger, toText, type Value } from '../values';
import { cultureLanguage, toLowerDotNet, toUpperDotNet } from './casing';
import { defineFunction, evalError } from './define';
import { normalizeDiacritics } from './diacritics';
import { base64Decode, base64Encode, utf16leBytes, utf16leDecode, utf8Bytes } from './encoding';
import { properCase } from './pcase';
import type { Argument, FunctionDefinition } from './types';

/** Text of an optional argument; `undefined` when the slot is empty or the value is null. */
export function optionalText(value: Argument, fn: string, param: string): string | undefined {
  return value === undefined || value === null ? undefined : toText(value, fn, param);
}

const chars = (text: string): string[] => Array.from(text);

export const TEXT_FUNCTIONS: FunctionDefinition[] = [
  defineFunction('Append', 'source suffix', { summary: 'Appends a suffix to the source value.', elementwise: true }, ([source, suffix]) => {
    if (source === null || source === undefined) return null;
    return toText(source, 'Append', 'source') + (optionalText(suffix, 'Append', 'suffix') ?? '');
  }),
  defineFunction('Prepend', 'prefix source', { summary: 'Puts a prefix in front of the source value.', status: 'undocumented' }, ([prefix, source]) => {
    if (source === null || source === undefined) return null;
    return (optionalText(prefix, 'Prepend', 'prefix') ?? '') + toText(source, 'Prepend', 'source');
  }),
  defineFunction('Join', 'separator source+', { summary: 'Joins values (every value of multi-valued ones) with a separator; null and empty values are skipped.' }, ([separator, ...sources]) => {
    const sep = optionalText(separator, 'Join', 'separator') ?? '';
    const parts: string[] = [];
    let anyValue = false;
    const add = (value: Value): void => {
      if (isMulti(value)) return value.forEach(add);
      if (value === null) return;
      anyValue = true;
      const text = toText(value, 'Join', 'source');
      if (text !== '') parts.push(text);
    };
    for (const source of sources) if (source !== undefined) add(source);
    return anyValue ? parts.join(sep) : null;
  }),
  defineFunction('Left', 'String NumChars', { summary: 'The first NumChars characters; null gives "".', elementwise: true }, ([source, count]) => {
    if (source === null || source === undefined) return '';
    const text = toText(source, 'Left', 'String');
    const n = toInteger(count ?? null, 'Left', 'NumChars');
    return n < 0 ? text : chars(text).slice(0, n).join('');
  }),
  defineFunction('Mid', 'source start length?', { summary: 'Substring from a 1-based start; past the end gives the rest.', elementwise: true }, ([source, start, length]) => {
    if (source === null || source === undefined) return null;
    const text = chars(toText(source, 'Mid', 'source'));
    const from = toInteger(start ?? null, 'Mid', 'start');
    if (from < 1) throw evalError('Mid', 'start must be 1 or more');
    const count = length === undefined || length === null ? text.length : toInteger(length, 'Mid', 'length');
    if (count < 0) throw evalError('Mid', 'length must not be negative');
    return text.slice(from - 1, from - 1 + count).join('');
  }),
  defineFunction('Word', 'String WordNumber Delimiters', { summary: 'The n-th word (1-based); runs of delimiters count as one.' }, ([source, number, delimiters]) => {
    if (source === null || source === undefined) return '';
    const text = toText(source, 'Word', 'String');
    const n = toInteger(number ?? null, 'Word', 'WordNumber');
    const delims = optionalText(delimiters, 'Word', 'Delimiters') ?? ' ';
    if (n < 1) return '';
    const words: string[] = [];
    let current = '';
    for (const ch of text) {
      if (delims.includes(ch)) {
        if (current !== '') words.push(current);
        current = '';
      } else current += ch;
    }
    if (current !== '') words.push(current);
    return words[n - 1] ?? '';
  }),
  defineFunction('StripSpaces', 'source', { summary: 'Removes every space character (U+0020).', elementwise: true }, ([source]) =>
    source === null || source === undefined ? null : toText(source, 'StripSpaces', 'source').replaceAll(' ', ''),
  ),
  defineFunction('Trim', 'source', { summary: 'Removes leading and trailing white space.', status: 'cloud-sync', elementwise: true }, ([source]) =>
    source === null || source === undefined ? null : toText(source, 'Trim', 'source').trim(),
  ),
  defineFunction('Len', 'source', { summary: 'Number of characters.', status: 'undocumented' }, ([source]) =>
    source === null || source === undefined ? null : toText(source, 'Len', 'source').length,
  ),
  defineFunction('ToLower', 'source culture?', { summary: 'Lower-cases per character (.NET rules) in the given or invariant culture.', elementwise: true }, ([source, culture]) => {
    const language = cultureLanguage(optionalText(culture, 'ToLower', 'culture'), 'ToLower');
    return source === null || source === undefined ? null : toLowerDotNet(toText(source, 'ToLower', 'source'), language);
  }),
  defineFunction('ToUpper', 'source culture?', { summary: 'Upper-cases per character (.NET rules: ß stays ß) in the given or invariant culture.', elementwise: true }, ([source, culture]) => {
    const language = cultureLanguage(optionalText(culture, 'ToUpper', 'culture'), 'ToUpper');
    return source === null || source === undefined ? null : toUpperDotNet(toText(source, 'ToUpper', 'source'), language);
  }),
  defineFunction('PCase', 'source wordSeparators?', { summary: 'Proper case: first letter of each word upper-case, the rest lower-case.', elementwise: true }, ([source, separators]) =>
    source === null || source === undefined ? null : properCase(toText(source, 'PCase', 'source'), optionalText(separators, 'PCase', 'wordSeparators')),
  ),
  defineFunction('NormalizeDiacritics', 'source', { summary: 'Replaces letters with diacritics by plain letters (documented table).', elementwise: true }, ([source]) =>
    source === null || source === undefined ? null : normalizeDiacritics(toText(source, 'NormalizeDiacritics', 'source')),
  ),
  defineFunction('ConvertToBase64', 'source', { summary: 'Base64 of the UTF-16LE bytes.', elementwise: true }, ([source]) =>
    source === null || source === undefined ? null : base64Encode(utf16leBytes(toText(source, 'ConvertToBase64', 'source'))),
  ),
  defineFunction('ConvertFromBase64', 'source', { summary: 'Decodes Base64 of UTF-16LE text.', status: 'cloud-sync' }, ([source]) => {
    if (source === null || source === undefined) return null;
    const bytes = base64Decode(toText(source, 'ConvertFromBase64', 'source'));
    if (!bytes) throw evalError('ConvertFromBase64', 'the value is not valid Base64');
    return utf16leDecode(bytes);
  }),
  defineFunction('ConvertToUTF8Hex', 'source', { summary: 'Upper-case hexadecimal of the UTF-8 bytes.', elementwise: true }, ([source]) =>
    source === null || source === undefined
      ? null
      : utf8Bytes(toText(source, 'ConvertToUTF8Hex', 'source'))
          .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
          .join(''),
  ),
  defineFunction('Redact', 'source', { summary: 'Passes the value unchanged; provisioning logs show [Redact].' }, ([source]) => source ?? null),
  defineFunction('InStr', 'value1 value2 start? compareType?', { summary: '1-based position of value2 in value1 from start, 0 if absent.' }, ([haystack, needle, start, compare]) => {
    const text = haystack === null || haystack === undefined ? '' : toText(haystack, 'InStr', 'value1');
    const find = needle === null || needle === undefined ? '' : toText(needle, 'InStr', 'value2');
    const from = start === undefined || start === null ? 1 : toInteger(start, 'InStr', 'start');
    if (from < 1) throw evalError('InStr', 'start must be 1 or more');
    const mode = compare === undefined || compare === null ? 'vbBinaryCompare' : toText(compare, 'InStr', 'compareType');
    if (from > text.length + 1) return 0;
    if (find === '') return from;
    if (mode === 'vbTextCompare') return toUpperDotNet(text, '').indexOf(toUpperDotNet(find, ''), from - 1) + 1;
    if (mode !== 'vbBinaryCompare') throw evalError('InStr', `compareType must be vbBinaryCompare or vbTextCompare, not "${mode}"`);
    return text.indexOf(find, from - 1) + 1;
  }),
  defineFunction('Split', 'source delimiter?', { summary: 'Splits into a multi-valued result; elements are not trimmed, empty ones kept.' }, ([source, delimiter]) => {
    if (source === null || source === undefined || isNullish(source)) return null;
    const sep = optionalText(delimiter, 'Split', 'delimiter') ?? ',';
    const text = toText(source, 'Split', 'source');
    return sep === '' ? [text] : text.split(sep);
  }),
  defineFunction('DNComponent', 'source ComponentNumber', { summary: 'The n-th RDN value of a distinguished name.', status: 'cloud-sync' }, ([source, number]) => {
    if (source === null || source === undefined) return null;
    const parts = toText(source, 'DNComponent', 'source').split(/(?<!\\),/);
    const part = parts[toInteger(number ?? null, 'DNComponent', 'ComponentNumber') - 1];
    if (part === undefined) return null;
    const eq = part.indexOf('=');
    return eq < 0 ? part.trim() : part.slice(eq + 1).trim();
  }),
];
