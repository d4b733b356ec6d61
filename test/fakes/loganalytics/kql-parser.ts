import { KqlError, tokenize, type Token } from './kql-lexer';

export type Expr =
  | { t: 'lit'; v: unknown }
  | { t: 'col'; name: string }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'member'; obj: Expr; name: string }
  | { t: 'bin'; op: string; l: Expr; r: Expr }
  | { t: 'in'; l: Expr; list: Expr[]; ci: boolean; neg: boolean }
  | { t: 'between'; l: Expr; lo: Expr; hi: Expr; neg: boolean };

export interface Named {
  name: string;
  e: Expr;
}
export interface SortKey {
  e: Expr;
  desc: boolean;
}
export type Operator =
  | { op: 'where'; e: Expr }
  | { op: 'extend'; cols: Named[] }
  | { op: 'project'; cols: Named[] }
  | { op: 'summarize'; aggs: Named[]; by: Named[] }
  | { op: 'order'; keys: SortKey[] }
  | { op: 'take'; n: number }
  | { op: 'top'; n: number; key: SortKey }
  | { op: 'count' };
export interface Query {
  table: string;
  ops: Operator[];
}

/** A timespan literal evaluates to this, so bin() and ago() can tell it from a number. */
export class Timespan {
  constructor(readonly ms: number) {}
}
/** A datetime value; rendered as ISO 8601 in answers. */
export class DateTimeValue {
  constructor(readonly ms: number) {}
}

const STRING_OPS = new Set(['contains', '!contains', 'has', '!has', 'startswith', '!startswith', 'contains_cs', 'has_cs']);

/** Parses the KQL subset: a table then `| where, extend, project, summarize, order/sort by, take/limit, top, count`. */
export function parseQuery(text: string): Query {
  const p = new Parser(tokenize(text));
  const table = p.ident('a table name');
  const ops: Operator[] = [];
  while (p.eat('op', '|')) ops.push(p.operator());
  p.expectEnd();
  return { table, ops };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private get peek(): Token {
    return this.tokens[this.i]!;
  }

  private fail(what: string): never {
    const token = this.peek;
    const found = token.kind === 'end' ? 'the end of the query' : token.kind === 'ident' || token.kind === 'op' ? `"${token.text}"` : token.kind;
    throw new KqlError('SyntaxError', `Syntax error at position ${token.pos}: expected ${what}, found ${found}.`);
  }

  eat(kind: 'op' | 'ident', text: string): boolean {
    const token = this.peek;
    if (token.kind === kind && token.text === text) {
      this.i += 1;
      return true;
    }
    return false;
  }

  private expect(kind: 'op' | 'ident', text: string): void {
    if (!this.eat(kind, text)) this.fail(`"${text}"`);
  }

  ident(what: string): string {
    const token = this.peek;
    if (token.kind !== 'ident') this.fail(what);
    this.i += 1;
    return token.text;
  }

  expectEnd(): void {
    if (this.peek.kind !== 'end') this.fail('"|" or the end of the query');
  }

  private count(): number {
    const token = this.peek;
    if (token.kind !== 'number' || !Number.isInteger(token.value)) this.fail('a whole number');
    this.i += 1;
    return token.value;
  }

  operator(): Operator {
    const name = this.ident('an operator');
    switch (name) {
      case 'where':
        return { op: 'where', e: this.expr() };
      case 'extend':
        return { op: 'extend', cols: this.list(() => this.named(true)) };
      case 'project':
        return { op: 'project', cols: this.list(() => this.named(false)) };
      case 'summarize': {
        const aggs = this.peek.kind === 'ident' && this.peek.text === 'by' ? [] : this.list(() => this.named(false));
        const by = this.eat('ident', 'by') ? this.list(() => this.named(false)) : [];
        return { op: 'summarize', aggs, by };
      }
      case 'order':
      case 'sort':
        this.expect('ident', 'by');
        return { op: 'order', keys: this.list(() => this.sortKey()) };
      case 'take':
      case 'limit':
        return { op: 'take', n: this.count() };
      case 'top': {
        const n = this.count();
        this.expect('ident', 'by');
        return { op: 'top', n, key: this.sortKey() };
      }
      case 'count':
        return { op: 'count' };
      default:
        throw new KqlError('SyntaxError', `Syntax error: "${name}" is not a tabular operator this service knows.`);
    }
  }

  private list<T>(item: () => T): T[] {
    const out = [item()];
    while (this.eat('op', ',')) out.push(item());
    return out;
  }

  private sortKey(): SortKey {
    const e = this.expr();
    // KQL sorts descending unless told otherwise.
    const desc = this.eat('ident', 'asc') ? false : (this.eat('ident', 'desc'), true);
    return { e, desc };
  }

  /** `Name = expr`, or a bare expression named after its column (`count_`, `max_X` for aggregates). */
  private named(nameRequired: boolean): Named {
    const token = this.peek;
    const next = this.tokens[this.i + 1];
    if (token.kind === 'ident' && next?.kind === 'op' && next.text === '=') {
      this.i += 2;
      return { name: token.text, e: this.expr() };
    }
    if (nameRequired) this.fail('"Name = expression"');
    const e = this.expr();
    return { name: implicitName(e), e };
  }

  expr(): Expr {
    let l = this.and();
    while (this.eat('ident', 'or')) l = { t: 'bin', op: 'or', l, r: this.and() };
    return l;
  }

  private and(): Expr {
    let l = this.comparison();
    while (this.eat('ident', 'and')) l = { t: 'bin', op: 'and', l, r: this.comparison() };
    return l;
  }

  private comparison(): Expr {
    const l = this.postfix();
    const token = this.peek;
    if (token.kind === 'op' && ['==', '!=', '=~', '!~', '<', '<=', '>', '>='].includes(token.text)) {
      this.i += 1;
      return { t: 'bin', op: token.text, l, r: this.postfix() };
    }
    const neg = token.kind === 'op' && token.text === '!' ? (this.i += 1, true) : false;
    const word = this.peek.kind === 'ident' ? (this.peek as { text: string }).text : '';
    if (word === 'in') {
      this.i += 1;
      const ci = this.peek.kind === 'op' && (this.peek as { text: string }).text === '~' ? (this.i += 1, true) : false;
      return { t: 'in', l, list: this.parenList(), ci, neg };
    }
    if (word === 'between') {
      this.i += 1;
      this.expect('op', '(');
      const lo = this.postfix();
      this.expect('op', '..');
      const hi = this.postfix();
      this.expect('op', ')');
      return { t: 'between', l, lo, hi, neg };
    }
    if (STRING_OPS.has(word)) {
      this.i += 1;
      return { t: 'bin', op: neg ? `!${word}` : word, l, r: this.postfix() };
    }
    if (neg) this.fail('in, between, contains, has or startswith after "!"');
    return l;
  }

  private parenList(): Expr[] {
    this.expect('op', '(');
    const list = this.list(() => this.postfix());
    this.expect('op', ')');
    return list;
  }

  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.eat('op', '.')) e = { t: 'member', obj: e, name: this.ident('a property name') };
      else if (this.eat('op', '[')) {
        const key = this.peek;
        if (key.kind !== 'string') this.fail('a quoted property name');
        this.i += 1;
        this.expect('op', ']');
        e = { t: 'member', obj: e, name: key.value };
      } else return e;
    }
  }

  private primary(): Expr {
    const token = this.peek;
    this.i += 1;
    switch (token.kind) {
      case 'string':
        return { t: 'lit', v: token.value };
      case 'number':
        return { t: 'lit', v: token.value };
      case 'timespan':
        return { t: 'lit', v: new Timespan(token.ms) };
      case 'datetime':
        return { t: 'lit', v: new DateTimeValue(token.ms) };
      case 'op':
        if (token.text === '(') {
          const e = this.expr();
          this.expect('op', ')');
          return e;
        }
        break;
      case 'ident':
        if (token.text === 'true' || token.text === 'false') return { t: 'lit', v: token.text === 'true' };
        if (this.eat('op', '(')) {
          const args = this.peek.kind === 'op' && (this.peek as { text: string }).text === ')' ? [] : this.list(() => this.expr());
          this.expect('op', ')');
          return { t: 'call', name: token.text, args };
        }
        return { t: 'col', name: token.text };
      default:
        break;
    }
    this.i -= 1;
    return this.fail('an expression');
  }
}

function implicitName(e: Expr): string {
  if (e.t === 'col') return e.name;
  if (e.t === 'call') {
    if (e.name === 'count') return 'count_';
    const inner = e.args[0] ? implicitName(e.args[0]) : '';
    return e.name === 'bin' || e.name === 'tostring' || e.name === 'tolower' ? inner : `${e.name}_${inner}`;
  }
  if (e.t === 'member') return `${implicitName(e.obj)}_${e.name}`;
  return 'Column1';
}
