import { compileExpression, type CompileOptions, type EvaluationOutcome } from './compiler';
import { isExpressionError, type ExpressionErrorKind } from './errors';
import type { EvaluationEnvironment } from './functions/types';
import { encodeValue } from './values';

/** Optional evaluation context of a batch item (same fields as the vectors file). */
export interface BatchContext {
  /** Fixed clock for Now(), ISO 8601. */
  now?: string;
  /** Values that already exist in the target, for SelectUniqueValue. */
  targetExistingValues?: string[];
  /** Seed for Guid() and RandomString(), for repeatable output. */
  randomSeed?: number;
  defaultDomain?: string;
  functionNameCase?: 'strict' | 'lenient';
}

export interface BatchItem {
  id: string;
  expression: string;
  source?: Record<string, unknown> | null;
  context?: BatchContext | null;
}

export type BatchResult =
  | { id: string; value: unknown }
  | { id: string; error: { kind: ExpressionErrorKind; message: string; start?: number; end?: number } };

/** Small deterministic PRNG (mulberry32) for seeded Guid/RandomString. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Environment from a batch context. Target uniqueness is case-insensitive, as AD and LDAP
 * compare UPNs and mail addresses.
 */
export function environmentFromContext(context: BatchContext | null | undefined): Partial<EvaluationEnvironment> {
  const env: Partial<EvaluationEnvironment> = {};
  if (context?.now) {
    const ms = Date.parse(context.now);
    if (!Number.isNaN(ms)) env.now = () => ms;
  }
  const existing = new Set((context?.targetExistingValues ?? []).map((v) => v.toLowerCase()));
  env.targetValueExists = (value) => existing.has(value.toLowerCase());
  if (context?.randomSeed !== undefined) env.random = seededRandom(context.randomSeed);
  if (context?.defaultDomain) env.defaultDomain = context.defaultDomain;
  return env;
}

/** JSON form of one outcome: the value, `{ignoreFlow: true}`, or a positioned error. */
export function outcomeToResult(id: string, outcome: EvaluationOutcome): BatchResult {
  if (outcome.kind === 'value') return { id, value: encodeValue(outcome.value) };
  if (outcome.kind === 'ignoreFlow') return { id, value: { ignoreFlow: true } };
  const { kind, message, start, end } = outcome.error;
  return { id, error: { kind, message, start, end } };
}

export function evaluateBatchItem(item: BatchItem, options: CompileOptions = {}): BatchResult {
  const mode = item.context?.functionNameCase ?? options.functionNameCase;
  try {
    const compiled = compileExpression(String(item.expression ?? ''), mode ? { functionNameCase: mode } : {});
    return outcomeToResult(item.id, compiled.evaluate(item.source ?? {}, environmentFromContext(item.context)));
  } catch (error) {
    if (isExpressionError(error)) return { id: item.id, error: { kind: error.kind, message: error.message, start: error.start, end: error.end } };
    return { id: item.id, error: { kind: 'eval', message: (error as Error).message } };
  }
}
