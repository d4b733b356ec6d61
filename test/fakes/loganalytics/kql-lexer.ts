/** Tokens of the KQL subset the fake understands. */
export type Token =
  | { kind: 'ident'; text: string; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'timespan'; ms: number; pos: number }
  | { kind: 'datetime'; ms: number; pos: number }
  | { kind: 'op'; text: string; pos: number }
  | { kind: 'end'; pos: number };

/** What the service answers for a query it cannot parse: a 400 with code BadArgumentError / SyntaxError. */
export class KqlError extends Error {
  constructor(
    readonly code: 'SyntaxError' | 'SemanticError',
    message: string,
  ) {
    super(message);
  }
}

const UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1, day: 86_400_000, days: 86_400_000 };
const OPS = ['==', '!=', '=~', '!~', '<=', '>=', '..', '|', '(', ')', ',', '.', '=', '<', '>', '[', ']', '!', '~'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i += 1;
      continue;
    }
    const pos = i;
    if (ch === '"' || ch === "'") {
      const [value, next] = readString(text, i);
      tokens.push({ kind: 'string', value, pos });
      i = next;
      continue;
    }
    if (/\d/.test(ch)) {
      const match = /^(\d+(?:\.\d+)?)(ms|days|day|d|h|m|s)?(?![\w])/.exec(text.slice(i));
      if (!match) throw new KqlError('SyntaxError', `Syntax error at position ${pos}: a number is not well formed.`);
      const value = Number(match[1]);
      tokens.push(match[2] ? { kind: 'timespan', ms: value * UNITS[match[2]]!, pos } : { kind: 'number', value, pos });
      i += match[0].length;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch)) {
      const match = /^[A-Za-z_$][\w$]*(?:-[A-Za-z]+)?/.exec(text.slice(i))!;
      let word = match[0];
      // project-away and similar are one word; a minus between two names is not in our subset.
      if (word.includes('-') && !/^(project-away|project-rename|project-keep)$/.test(word)) word = word.slice(0, word.indexOf('-'));
      i += word.length;
      if (word === 'datetime' && /^\s*\(/.test(text.slice(i))) {
        const close = text.indexOf(')', i);
        if (close < 0) throw new KqlError('SyntaxError', `Syntax error at position ${pos}: datetime( is not closed.`);
        const inner = text.slice(text.indexOf('(', i) + 1, close).trim().replace(/^["']|["']$/g, '');
        const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(inner) || !/T/.test(inner) ? inner : `${inner}Z`);
        if (Number.isNaN(ms)) throw new KqlError('SyntaxError', `Syntax error at position ${pos}: "${inner}" is not a datetime.`);
        tokens.push({ kind: 'datetime', ms, pos });
        i = close + 1;
        continue;
      }
      tokens.push({ kind: 'ident', text: word, pos });
      continue;
    }
    const op = OPS.find((candidate) => text.startsWith(candidate, i));
    if (!op) throw new KqlError('SyntaxError', `Syntax error at position ${pos}: unexpected "${ch}".`);
    tokens.push({ kind: 'op', text: op, pos });
    i += op.length;
  }
  tokens.push({ kind: 'end', pos: text.length });
  return tokens;
}

function readString(text: string, start: number): [string, number] {
  const quote = text[start]!;
  let out = '';
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === quote) return [out, i + 1];
    if (ch === '\n') break;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[(i += 1)];
    if (next === 'n') out += '\n';
    else if (next === 'r') out += '\r';
    else if (next === 't') out += '\t';
    else if (next === 'u') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\\' || next === '"' || next === "'") out += next;
    else throw new KqlError('SyntaxError', `Syntax error at position ${i}: unknown escape "\\${next ?? ''}".`);
  }
  throw new KqlError('SyntaxError', `Syntax error at position ${start}: the string is not closed.`);
}
