import type { ComparisonOperator, ExprNode } from './ast';
import { isDateTime } from './datetime';
import { ExpressionError, isExpressionError } from './errors';
import { closestName, FUNCTIONS, functionByName, functionByNameIgnoringCase } from './functions/registry';
import type { Argument, EvaluationEnvironment, FunctionDefinition } from './functions/types';
import { parseExpression } from './parser';
import { decodeSourceValue, encodeValue, IgnoreFlowSignal, toText, type Value } from './values';

/** `strict`: canonical function-name casing required (the docs say case-sensitive); `lenient`: any casing, with a warning. */
export type FunctionNameCase = 'strict' | 'lenient';

export interface CompileOptions {
  functionNameCase?: FunctionNameCase;
}

export interface CompileWarning {
  message: string;
  start: number;
  end: number;
}

/** One evaluated sub-expression, for the evaluation trace. */
export interface TraceEntry {
  start: number;
  end: number;
  /** JSON-friendly value (see encodeValue); absent when the node failed. */
  value?: unknown;
  error?: string;
  ignoreFlow?: boolean;
}

export type SourceObject = Readonly<Record<string, unknown>>;

interface Context {
  source: SourceObject;
  env: EvaluationEnvironment;
  trace: TraceEntry[] | undefined;
}

type Closure = (ctx: Context) => Value;

export type EvaluationOutcome =
  | { kind: 'value'; value: Value }
  | { kind: 'ignoreFlow' }
  | { kind: 'error'; error: ExpressionError };

export interface CompiledExpression {
  readonly text: string;
  readonly ast: ExprNode;
  readonly warnings: readonly CompileWarning[];
  /** Attribute names the expression reads. */
  readonly attributes: readonly string[];
  /** Functions it calls (canonical names). */
  readonly functions: readonly string[];
  /** Evaluates against one source object; never throws. */
  evaluate(source: SourceObject, env?: Partial<EvaluationEnvironment>, trace?: TraceEntry[]): EvaluationOutcome;
}

export const ENUM_IDENTIFIERS = ['vbBinaryCompare', 'vbTextCompare'] as const;

export const DEFAULT_ENVIRONMENT: EvaluationEnvironment = {
  now: () => Date.now(),
  random: () => Math.random(),
  targetValueExists: () => false,
};

function compareValues(op: ComparisonOperator, left: Value, right: Value): boolean {
  // Decision §11.6: a comparison that touches null "fails", i.e. is false.
  if (left === null || right === null) return false;
  if ((op === '=' || op === '<>') && !(isDateTime(left) && isDateTime(right))) {
    const equal = toText(left, 'comparison', 'left operand') === toText(right, 'comparison', 'right operand');
    return op === '=' ? equal : !equal;
  }
  let order: number;
  if (isDateTime(left) && isDateTime(right)) order = left.ms - right.ms || left.subTicks - right.subTicks;
  else {
    const a = toText(left, 'comparison', 'left operand');
    const b = toText(right, 'comparison', 'right operand');
    const numeric = /^\s*[+-]?\d+(\.\d+)?\s*$/;
    // Decision §11.5: numeric when both sides are numbers (InStr(…) > 0, "<\"1\""), else ordinal text.
    order = numeric.test(a) && numeric.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

function arityMessage(def: FunctionDefinition): string {
  if (def.maxArgs === def.minArgs) return `arity: ${def.name} requires ${def.minArgs} argument${def.minArgs === 1 ? '' : 's'}`;
  if (def.maxArgs === Number.POSITIVE_INFINITY) return `arity: ${def.name} requires at least ${def.minArgs} argument${def.minArgs === 1 ? '' : 's'}`;
  return `arity: ${def.name} requires ${def.minArgs} to ${def.maxArgs} arguments`;
}

/** Resolves a function name under the casing mode, or throws a positioned parse error. */
export function resolveFunction(name: string, mode: FunctionNameCase, start: number, end: number, warnings: CompileWarning[]): FunctionDefinition {
  const exact = functionByName(name);
  if (exact) return exact;
  const loose = functionByNameIgnoringCase(name);
  if (loose && mode === 'lenient') {
    warnings.push({ message: `function ${name} is spelled ${loose.name} in the documentation`, start, end });
    return loose;
  }
  if (loose) throw new ExpressionError('parse', `unknown function ${name} (case mismatch): the function is spelled ${loose.name}`, start, end);
  const hint = closestName(name, FUNCTIONS.map((f) => f.name), Math.max(1, Math.floor(name.length / 3)));
  throw new ExpressionError('parse', `unknown function ${name}${hint ? ` (did you mean ${hint}?)` : ''}`, start, end);
}

/** Parses, validates and compiles an expression to closures; parse and validation failures throw `ExpressionError`. */
export function compileExpression(text: string, options: CompileOptions = {}): CompiledExpression {
  const mode = options.functionNameCase ?? 'strict';
  const ast = parseExpression(text);
  const warnings: CompileWarning[] = [];
  const attributes = new Set<string>();
  const functions = new Set<string>();

  function traced(node: ExprNode, run: Closure): Closure {
    return (ctx) => {
      if (!ctx.trace) return run(ctx);
      try {
        const value = run(ctx);
        ctx.trace.push({ start: node.start, end: node.end, value: encodeValue(value) });
        return value;
      } catch (error) {
        if (error instanceof IgnoreFlowSignal) ctx.trace.push({ start: node.start, end: node.end, ignoreFlow: true });
        else ctx.trace.push({ start: node.start, end: node.end, error: (error as Error).message });
        throw error;
      }
    };
  }

  function compile(node: ExprNode): Closure {
    switch (node.kind) {
      case 'attribute': {
        const name = node.name;
        attributes.add(name);
        return traced(node, (ctx) => (Object.hasOwn(ctx.source, name) ? decodeSourceValue(ctx.source[name]) : null));
      }
      case 'string': {
        const value = node.value;
        return () => value;
      }
      case 'number': {
        const value = node.text;
        return () => value;
      }
      case 'hex': {
        const value = node.value;
        return () => value;
      }
      case 'identifier': {
        const canonical = ENUM_IDENTIFIERS.find((id) => id === node.name) ?? (mode === 'lenient' ? ENUM_IDENTIFIERS.find((id) => id.toLowerCase() === node.name.toLowerCase()) : undefined);
        if (!canonical) {
          throw new ExpressionError('parse', `unknown identifier ${node.name}: write text constants in double quotes ("${node.name}") and attributes in brackets ([${node.name}])`, node.start, node.end);
        }
        if (canonical !== node.name) warnings.push({ message: `${node.name} is spelled ${canonical}`, start: node.start, end: node.end });
        return () => canonical;
      }
      case 'compare': {
        const left = compile(node.left);
        const right = compile(node.right);
        const op = node.op;
        return traced(node, (ctx) => compareValues(op, left(ctx), right(ctx)));
      }
      case 'call': {
        const def = resolveFunction(node.name, mode, node.start, node.nameEnd, warnings);
        functions.add(def.name);
        const n = node.args.length;
        if (n < def.minArgs || n > def.maxArgs) throw new ExpressionError('parse', arityMessage(def), node.start, node.end);
        node.args.forEach((arg, i) => {
          const param = def.parameters[i] ?? def.parameters.find((p) => p.repeats);
          const required = param !== undefined && param.required && (!param.repeats || def.parameters[i] === param);
          if (arg === null && required) {
            throw new ExpressionError('parse', `arity: ${def.name} argument ${i + 1} (${param?.key ?? '?'}) is required`, node.start, node.end);
          }
        });
        const invalid = def.validate?.(node.args);
        if (invalid) throw new ExpressionError('parse', invalid, node.start, node.end);
        const args = node.args.map((arg) => (arg ? compile(arg) : null));
        const call = def.call;
        return traced(node, (ctx) => {
          const values: Argument[] = new Array(args.length);
          for (let i = 0; i < args.length; i++) values[i] = args[i] ? args[i]!(ctx) : undefined;
          try {
            return call(values, ctx.env);
          } catch (error) {
            if (isExpressionError(error) && error.start === 0 && error.end === 0) {
              throw new ExpressionError(error.kind, error.message, node.start, node.end);
            }
            throw error;
          }
        });
      }
    }
  }

  const root = compile(ast);
  return {
    text,
    ast,
    warnings,
    attributes: [...attributes],
    functions: [...functions],
    evaluate(source, env, trace) {
      const ctx: Context = { source, env: env ? { ...DEFAULT_ENVIRONMENT, ...env } : DEFAULT_ENVIRONMENT, trace };
      try {
        return { kind: 'value', value: root(ctx) };
      } catch (error) {
        if (error instanceof IgnoreFlowSignal) return { kind: 'ignoreFlow' };
        if (isExpressionError(error)) return { kind: 'error', error };
        if (error instanceof RangeError) return { kind: 'error', error: new ExpressionError('eval', `evaluation failed: ${error.message}`, 0, text.length) };
        throw error;
      }
    },
  };
}

