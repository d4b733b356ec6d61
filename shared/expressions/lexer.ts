import type { ComparisonOperator } from './ast';
import { ExpressionError } from './errors';

/** Entra's limit; counted in UTF-16 code units (decision §11.26: what the portal's text box counts). */
export const MAX_EXPRESSION_LENGTH = 10_000;

export type Token =
  | { type: '(' | ')' | ',' | 'eof'; start: number; end: number }
  | { type: 'op'; op: ComparisonOperator; start: number; end: number }
  | { type: 'attribute'; name: string; start: number; end: number }
  | { type: 'string'; value: string; start: number; end: number; lenientEscapes: boolean }
  | { type: 'number'; text: string; start: number; end: number }
  | { type: 'hex'; text: string; value: number; start: number; end: number }
  | { type: 'identifier'; name: string; start: number; end: number };

const TYPOGRAPHIC_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
const TYPOGRAPHIC_SINGLE = '\u2018\u2019\u201A\u201B';

function isIdentStart(ch: string): boolean {
  return /[A-Za-z]/.test(ch);
}
function isIdentPart(ch: string): boolean {
  return /[A-Za-z0-9_]/.test(ch);
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/**
 * Splits an expression into tokens. String escapes: `\"` and `\\` are documented; any other
 * backslash is kept verbatim together with the next character (decision §11.4, lenient: regex
 * patterns such as `\d` written with single backslashes still work, the linter warns).
 */
export function tokenize(text: string): Token[] {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError('parse', 'expression exceeds 10,000 characters', MAX_EXPRESSION_LENGTH, text.length);
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: ch, start, end: ++i });
    } else if (ch === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) throw new ExpressionError('parse', 'unterminated attribute reference', start, text.length);
      const name = text.slice(i + 1, close);
      if (name.length === 0) throw new ExpressionError('parse', 'empty attribute reference []', start, close + 1);
      if (name.includes('[')) throw new ExpressionError('parse', 'unterminated attribute reference', start, start + 1 + name.indexOf('['));
      tokens.push({ type: 'attribute', name, start, end: (i = close + 1) });
    } else if (ch === '"') {
      i++;
      let value = '';
      let lenientEscapes = false;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '\\' && i + 1 < text.length) {
          const next = text[i + 1]!;
          if (next === '"' || next === '\\') value += next;
          else {
            value += c + next;
            lenientEscapes = true;
          }
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      if (!closed) throw new ExpressionError('parse', 'unterminated string constant', start, text.length);
      tokens.push({ type: 'string', value, start, end: i, lenientEscapes });
    } else if (ch === "'" || TYPOGRAPHIC_SINGLE.includes(ch)) {
      throw new ExpressionError('parse', 'single-quoted strings are not string constants; use double quotes "…"', start, start + 1);
    } else if (TYPOGRAPHIC_QUOTES.includes(ch)) {
      throw new ExpressionError('parse', 'typographic (smart) quotes are not string delimiters; use straight double quotes "…"', start, start + 1);
    } else if (isDigit(ch) || (ch === '-' && isDigit(text[i + 1]))) {
      i++;
      while (isDigit(text[i])) i++;
      if (text[i] === '.' && isDigit(text[i + 1])) {
        let j = i + 1;
        while (isDigit(text[j])) j++;
        throw new ExpressionError('parse', 'decimal numeric literals are not supported; use an integer or a quoted string', start, j);
      }
      if (text[i] !== undefined && isIdentPart(text[i]!)) {
        throw new ExpressionError('parse', `malformed number "${text.slice(start, i + 1)}"`, start, i + 1);
      }
      tokens.push({ type: 'number', text: text.slice(start, i), start, end: i });
    } else if (ch === '&') {
      // `&H` hex literals (VBA accepts lower-case `&h` too, decision §11.4); a lone `&` is VBA concatenation.
      if ((text[i + 1] === 'H' || text[i + 1] === 'h') && /[0-9A-Fa-f]/.test(text[i + 2] ?? '')) {
        i += 2;
        while (/[0-9A-Fa-f]/.test(text[i] ?? '')) i++;
        const digits = text.slice(start + 2, i);
        if (digits.length > 8) throw new ExpressionError('parse', 'hexadecimal literal is longer than 32 bits', start, i);
        tokens.push({ type: 'hex', text: text.slice(start, i), value: parseInt(digits, 16), start, end: i });
      } else {
        throw new ExpressionError('parse', "'&' concatenation operator is not part of the provisioning syntax; use Append or Join", start, start + 1);
      }
    } else if (ch === '=' ) {
      tokens.push({ type: 'op', op: '=', start, end: ++i });
    } else if (ch === '<') {
      if (text[i + 1] === '>') tokens.push({ type: 'op', op: '<>', start, end: (i += 2) });
      else if (text[i + 1] === '=') tokens.push({ type: 'op', op: '<=', start, end: (i += 2) });
      else tokens.push({ type: 'op', op: '<', start, end: ++i });
    } else if (ch === '>') {
      if (text[i + 1] === '=') tokens.push({ type: 'op', op: '>=', start, end: (i += 2) });
      else tokens.push({ type: 'op', op: '>', start, end: ++i });
    } else if (ch === '!' && text[i + 1] === '=') {
      throw new ExpressionError('parse', "'!=' is not an operator; use '<>'", start, start + 2);
    } else if (isIdentStart(ch)) {
      i++;
      while (i < text.length && isIdentPart(text[i]!)) i++;
      tokens.push({ type: 'identifier', name: text.slice(start, i), start, end: i });
    } else if (ch === ']') {
      throw new ExpressionError('parse', "unexpected ']' without a matching '['", start, start + 1);
    } else {
      throw new ExpressionError('parse', `unexpected character "${ch}"`, start, start + 1);
    }
  }
  tokens.push({ type: 'eof', start: text.length, end: text.length });
  return tokens;
}
