import { KqlError } from './kql-lexer';
import { DateTimeValue, parseQuery, Timespan, type Expr, type Named, type Operator, type SortKey } from './kql-parser';

export type Row = Record<string, unknown>;
export interface Frame {
  /** Column names in order, with their Log Analytics types. */
  columns: Array<{ name: string; type: string }>;
  rows: Row[];
}
export interface Tables {
  [table: string]: Frame;
}

const unresolved = (name: string): never => {
  throw new KqlError('SemanticError', `'${name}' operator: Failed to resolve scalar expression named '${name}'`);
};

/**
 * Runs a query of the subset over in-memory tables, honestly: every operator works on the rows the
 * previous one produced, a column that does not exist at that point is an error, as on the service.
 */
export function runQuery(text: string, tables: Tables, now: number): Frame {
  const query = parseQuery(text);
  const source = tables[query.table];
  if (!source) throw new KqlError('SemanticError', `Failed to resolve table or column expression named '${query.table}'`);
  let frame: Frame = source;
  for (const op of query.ops) frame = apply(op, frame, now);
  return frame;
}

function apply(op: Operator, frame: Frame, now: number): Frame {
  const names = new Set(frame.columns.map((c) => c.name));
  checkColumns(op, names);
  const ev = (e: Expr, row: Row) => evaluate(e, row, names, now);
  switch (op.op) {
    case 'where':
      return { columns: frame.columns, rows: frame.rows.filter((row) => ev(op.e, row) === true) };
    case 'extend': {
      const rows = frame.rows.map((row) => {
        const out = { ...row };
        for (const col of op.cols) out[col.name] = ev(col.e, row);
        return out;
      });
      const kept = frame.columns.filter((c) => !op.cols.some((col) => col.name === c.name));
      return { columns: [...kept, ...op.cols.map((col) => ({ name: col.name, type: inferType(rows, col.name) }))], rows };
    }
    case 'project': {
      const rows = frame.rows.map((row) => Object.fromEntries(op.cols.map((col) => [col.name, ev(col.e, row)])));
      const typeOf = (col: Named) => (col.e.t === 'col' ? frame.columns.find((c) => c.name === (col.e as { name: string }).name)!.type : inferType(rows, col.name));
      return { columns: op.cols.map((col) => ({ name: col.name, type: typeOf(col) })), rows };
    }
    case 'summarize':
      return summarize(op.aggs, op.by, frame, names, now);
    case 'order':
      return { columns: frame.columns, rows: sortRows(frame.rows, op.keys, (e, row) => ev(e, row)) };
    case 'take':
      return { columns: frame.columns, rows: frame.rows.slice(0, op.n) };
    case 'top':
      return { columns: frame.columns, rows: sortRows(frame.rows, [op.key], (e, row) => ev(e, row)).slice(0, op.n) };
    case 'count':
      return { columns: [{ name: 'Count', type: 'long' }], rows: [{ Count: frame.rows.length }] };
  }
}

/** Every column an operator names must exist before it runs, whether or not there are rows. */
function checkColumns(op: Operator, names: Set<string>): void {
  const visit = (e: Expr): void => {
    if (e.t === 'col') {
      if (!names.has(e.name)) unresolved(e.name);
    } else if (e.t === 'call') e.args.forEach(visit);
    else if (e.t === 'member') visit(e.obj);
    else if (e.t === 'bin') [e.l, e.r].forEach(visit);
    else if (e.t === 'in') [e.l, ...e.list].forEach(visit);
    else if (e.t === 'between') [e.l, e.lo, e.hi].forEach(visit);
  };
  if (op.op === 'where') visit(op.e);
  else if (op.op === 'extend' || op.op === 'project') op.cols.forEach((c) => visit(c.e));
  else if (op.op === 'summarize') [...op.aggs, ...op.by].forEach((c) => visit(c.e));
  else if (op.op === 'order') op.keys.forEach((k) => visit(k.e));
  else if (op.op === 'top') visit(op.key.e);
}

function inferType(rows: Row[], name: string): string {
  for (const row of rows) {
    const v = row[name];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') return 'string';
    if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'real';
    if (typeof v === 'boolean') return 'bool';
    if (v instanceof DateTimeValue) return 'datetime';
    if (v instanceof Timespan) return 'timespan';
    return 'dynamic';
  }
  return 'string';
}

const AGGREGATES = new Set(['count', 'countif', 'max', 'min', 'sum', 'dcount', 'take_any', 'any']);

function summarize(aggs: Named[], by: Named[], frame: Frame, names: Set<string>, now: number): Frame {
  for (const agg of aggs) if (agg.e.t !== 'call' || !AGGREGATES.has(agg.e.name)) throw new KqlError('SemanticError', `summarize operator: '${agg.name}' is not an aggregation function`);
  const groups = new Map<string, { keys: unknown[]; rows: Row[] }>();
  for (const row of frame.rows) {
    const keys = by.map((b) => evaluate(b.e, row, names, now));
    const id = JSON.stringify(keys.map(keyOf));
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { keys, rows: [] }));
    group.rows.push(row);
  }
  // Without `by`, summarize answers one row even over no rows.
  if (by.length === 0 && groups.size === 0) groups.set('[]', { keys: [], rows: [] });
  const rows = [...groups.values()].map((group) => {
    const out: Row = {};
    by.forEach((b, i) => (out[b.name] = group.keys[i]));
    for (const agg of aggs) out[agg.name] = aggregate(agg.e as Extract<Expr, { t: 'call' }>, group.rows, names, now);
    return out;
  });
  const columns = [...by, ...aggs].map((n) => ({ name: n.name, type: n.e.t === 'call' && ['count', 'countif', 'dcount'].includes(n.e.name) ? 'long' : inferType(rows, n.name) }));
  return { columns, rows };
}

function aggregate(call: Extract<Expr, { t: 'call' }>, rows: Row[], names: Set<string>, now: number): unknown {
  const values = () => rows.map((row) => evaluate(call.args[0] ?? unresolved(`${call.name}()`), row, names, now));
  switch (call.name) {
    case 'count':
      return rows.length;
    case 'countif':
      return values().filter((v) => v === true).length;
    case 'dcount':
      return new Set(values().map(keyOf)).size;
    case 'sum':
      return values().reduce<number>((total, v) => total + (typeof v === 'number' ? v : 0), 0);
    case 'take_any':
    case 'any':
      return values().find((v) => v !== null && v !== '') ?? null;
    default: {
      // max/min skip nulls and empty strings, as Kusto's aggregates do.
      const present = values().filter((v) => v !== null && v !== undefined && v !== '');
      if (present.length === 0) return null;
      return present.reduce((best, v) => (compare(v, best) * (call.name === 'max' ? 1 : -1) > 0 ? v : best));
    }
  }
}

function sortRows(rows: Row[], keys: SortKey[], ev: (e: Expr, row: Row) => unknown): Row[] {
  const decorated = rows.map((row) => ({ row, keys: keys.map((k) => ev(k.e, row)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i += 1) {
      const x = a.keys[i];
      const y = b.keys[i];
      const nullX = x === null || x === undefined;
      const nullY = y === null || y === undefined;
      // Nulls come last descending and first ascending.
      const c = nullX || nullY ? Number(nullY) - Number(nullX) : compare(x, y);
      if (c !== 0) return keys[i]!.desc ? -c : c;
    }
    return 0;
  });
  return decorated.map((d) => d.row);
}

function keyOf(v: unknown): unknown {
  if (v instanceof DateTimeValue) return `dt:${v.ms}`;
  if (v instanceof Timespan) return `ts:${v.ms}`;
  return v ?? null;
}

function scalar(v: unknown): number | string | null {
  if (v instanceof DateTimeValue || v instanceof Timespan) return v.ms;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return Number(v);
  return v === null || v === undefined ? null : JSON.stringify(v);
}

export function compare(a: unknown, b: unknown): number {
  const x = scalar(a);
  const y = scalar(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const sx = String(x);
  const sy = String(y);
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

export function tostring(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (v instanceof DateTimeValue) return isoOf(v.ms);
  if (v instanceof Timespan) return String(v.ms);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** ISO 8601 as the service writes it: no fraction when it is zero. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

const empty = (v: unknown) => v === null || v === undefined || v === '';

function equals(a: unknown, b: unknown, ci: boolean): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (typeof a === 'string' && typeof b === 'string') return ci ? a.toLowerCase() === b.toLowerCase() : a === b;
  return compare(a, b) === 0;
}

function hasTerm(haystack: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(haystack);
}

function stringOp(op: string, l: unknown, r: unknown): boolean {
  const s = tostring(l);
  const t = tostring(r);
  const neg = op.startsWith('!');
  const name = neg ? op.slice(1) : op;
  let result: boolean;
  if (name === 'contains') result = s.toLowerCase().includes(t.toLowerCase());
  else if (name === 'contains_cs') result = s.includes(t);
  else if (name === 'has') result = hasTerm(s, t);
  else if (name === 'has_cs') result = hasTerm(s, t) && s.includes(t);
  else result = s.toLowerCase().startsWith(t.toLowerCase());
  return neg ? !result : result;
}

function evaluate(e: Expr, row: Row, names: Set<string>, now: number): unknown {
  const ev = (x: Expr) => evaluate(x, row, names, now);
  switch (e.t) {
    case 'lit':
      return e.v;
    case 'col':
      return row[e.name] ?? null;
    case 'member': {
      const obj = ev(e.obj);
      return obj !== null && typeof obj === 'object' && !(obj instanceof DateTimeValue) && !(obj instanceof Timespan) ? ((obj as Row)[e.name] ?? null) : null;
    }
    case 'in': {
      const l = ev(e.l);
      const found = e.list.some((item) => equals(l, ev(item), e.ci));
      return e.neg ? !found : found;
    }
    case 'between': {
      const l = ev(e.l);
      const inside = l !== null && compare(l, ev(e.lo)) >= 0 && compare(l, ev(e.hi)) <= 0;
      return e.neg ? !inside : inside;
    }
    case 'bin': {
      if (e.op === 'and') return ev(e.l) === true && ev(e.r) === true;
      if (e.op === 'or') return ev(e.l) === true || ev(e.r) === true;
      const l = ev(e.l);
      const r = ev(e.r);
      switch (e.op) {
        case '==':
          return equals(l, r, false);
        case '!=':
          return !equals(l, r, false);
        case '=~':
          return equals(l, r, true);
        case '!~':
          return !equals(l, r, true);
        case '<':
          return l !== null && r !== null && compare(l, r) < 0;
        case '<=':
          return l !== null && r !== null && compare(l, r) <= 0;
        case '>':
          return l !== null && r !== null && compare(l, r) > 0;
        case '>=':
          return l !== null && r !== null && compare(l, r) >= 0;
        default:
          return stringOp(e.op, l, r);
      }
    }
    case 'call':
      return call(e.name, e.args.map(ev), now);
  }
}

function call(name: string, args: unknown[], now: number): unknown {
  const [a, b] = args;
  switch (name) {
    case 'tostring':
      return tostring(a);
    case 'tolower':
      return tostring(a).toLowerCase();
    case 'toupper':
      return tostring(a).toUpperCase();
    case 'strlen':
      return tostring(a).length;
    case 'parse_json':
    case 'todynamic':
      if (typeof a !== 'string') return a ?? null;
      try {
        return JSON.parse(a) as unknown;
      } catch {
        return null;
      }
    case 'coalesce':
      return args.find((v) => !empty(v)) ?? (args.some((v) => v === '') ? '' : null);
    case 'isempty':
      return empty(a);
    case 'isnotempty':
      return !empty(a);
    case 'isnull':
      return a === null || a === undefined;
    case 'isnotnull':
      return a !== null && a !== undefined;
    case 'not':
      return a !== true;
    case 'now':
      return new DateTimeValue(now);
    case 'ago':
      if (!(a instanceof Timespan)) throw new KqlError('SemanticError', 'ago(): argument must be a timespan');
      return new DateTimeValue(now - a.ms);
    case 'bin':
    case 'floor': {
      if (a === null || a === undefined) return null;
      if (a instanceof DateTimeValue && b instanceof Timespan) return new DateTimeValue(Math.floor(a.ms / b.ms) * b.ms);
      if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) * b;
      throw new KqlError('SemanticError', `${name}(): arguments must be a datetime and a timespan, or two numbers`);
    }
    case 'toint':
    case 'tolong': {
      const n = typeof a === 'number' ? a : Number(tostring(a));
      return Number.isFinite(n) ? Math.trunc(n) : null;
    }
    default:
      if (AGGREGATES.has(name)) throw new KqlError('SemanticError', `${name}(): an aggregation function is allowed only in summarize`);
      throw new KqlError('SemanticError', `Failed to resolve scalar expression named '${name}'`);
  }
}
