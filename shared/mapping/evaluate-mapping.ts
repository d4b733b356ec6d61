import {
  compileExpression,
  encodeValue,
  isExpressionError,
  mappingSourceToText,
  type CompiledExpression,
  type EvaluationEnvironment,
  type FunctionNameCase,
  type TraceEntry,
  type Value,
} from '../expressions';
import type { AttributeMapping, ObjectMapping } from '../graph/synchronization';

/** A create sends defaults and ObjectAddOnly mappings; an update does not. */
export type MappingOperation = 'create' | 'update';

export type AttributeOutcomeStatus =
  | 'value'
  /** The source was null and the mapping's default value was used (creates only). */
  | 'default'
  /** Null is never exported: the attribute is skipped, not cleared. */
  | 'skipped-null'
  /** IgnoreFlowIfNullOrEmpty removed the attribute from the operation. */
  | 'ignored-flow'
  /** flowType ObjectAddOnly: only applied when the object is created. */
  | 'add-only'
  | 'error';

export interface AttributeOutcome {
  /** Position of the mapping in the object mapping. */
  index: number;
  targetAttributeName: string;
  /** Expression text, null for a "None" mapping. */
  expression: string | null;
  status: AttributeOutcomeStatus;
  /** Runtime value for `value`/`default`. */
  value?: Value;
  message?: string;
  errorStart?: number;
  errorEnd?: number;
  trace?: TraceEntry[];
}

interface CompiledAttribute {
  mapping: AttributeMapping;
  expression: string | null;
  compiled: CompiledExpression | null;
  compileError: { message: string; start: number; end: number } | null;
}

export interface EvaluateOptions {
  operation?: MappingOperation;
  env?: Partial<EvaluationEnvironment>;
  /** Record the evaluation trace of each attribute. */
  trace?: boolean;
}

/** The expression text of a mapping's source (root `expression` when Graph gave it, else printed from the tree). */
export function mappingExpressionText(mapping: AttributeMapping): string | null {
  if (!mapping.source) return null;
  return mapping.source.expression && mapping.source.expression.trim() !== '' ? mapping.source.expression : mappingSourceToText(mapping.source);
}

/**
 * An object mapping compiled once and evaluated for many source objects, applying Entra's rules:
 * null is skipped, the default value only on create, ObjectAddOnly only on create,
 * IgnoreFlowIfNullOrEmpty drops the attribute.
 */
export class CompiledObjectMapping {
  readonly attributes: readonly CompiledAttribute[];

  constructor(
    readonly objectMapping: Pick<ObjectMapping, 'attributeMappings'>,
    functionNameCase: FunctionNameCase = 'lenient',
  ) {
    this.attributes = objectMapping.attributeMappings.map((mapping) => {
      const expression = mappingExpressionText(mapping);
      if (expression === null) return { mapping, expression, compiled: null, compileError: null };
      try {
        return { mapping, expression, compiled: compileExpression(expression, { functionNameCase }), compileError: null };
      } catch (error) {
        if (!isExpressionError(error)) throw error;
        return { mapping, expression, compiled: null, compileError: { message: error.message, start: error.start, end: error.end } };
      }
    });
  }

  evaluate(source: Readonly<Record<string, unknown>>, options: EvaluateOptions = {}): AttributeOutcome[] {
    const operation = options.operation ?? 'create';
    const out: AttributeOutcome[] = new Array(this.attributes.length);
    for (let i = 0; i < this.attributes.length; i++) out[i] = evaluateAttribute(this.attributes[i]!, i, source, operation, options);
    return out;
  }
}

function outcome(index: number, mapping: AttributeMapping, expression: string | null, status: AttributeOutcomeStatus): AttributeOutcome {
  return { index, targetAttributeName: mapping.targetAttributeName, expression, status };
}

/** Null result: the default value on create, else skipped. Top-level and spread-free: this is the hot path. */
function nullOutcome(index: number, mapping: AttributeMapping, expression: string | null, operation: MappingOperation): AttributeOutcome {
  if (operation === 'create' && mapping.defaultValue !== null && mapping.defaultValue !== undefined) {
    const result = outcome(index, mapping, expression, 'default');
    result.value = mapping.defaultValue;
    return result;
  }
  return outcome(index, mapping, expression, 'skipped-null');
}

function evaluateAttribute(attribute: CompiledAttribute, index: number, source: Readonly<Record<string, unknown>>, operation: MappingOperation, options: EvaluateOptions): AttributeOutcome {
  const mapping = attribute.mapping;
  const expression = attribute.expression;
  if (operation === 'update' && mapping.flowType === 'ObjectAddOnly') return outcome(index, mapping, expression, 'add-only');
  const compileError = attribute.compileError;
  if (compileError) {
    const result = outcome(index, mapping, expression, 'error');
    result.message = compileError.message;
    result.errorStart = compileError.start;
    result.errorEnd = compileError.end;
    return result;
  }
  if (!attribute.compiled) return nullOutcome(index, mapping, expression, operation);
  const trace: TraceEntry[] | undefined = options.trace ? [] : undefined;
  const evaluated = attribute.compiled.evaluate(source, options.env, trace);
  let result: AttributeOutcome;
  if (evaluated.kind === 'ignoreFlow') result = outcome(index, mapping, expression, 'ignored-flow');
  else if (evaluated.kind === 'error') {
    result = outcome(index, mapping, expression, 'error');
    result.message = evaluated.error.message;
    result.errorStart = evaluated.error.start;
    result.errorEnd = evaluated.error.end;
  } else if (evaluated.value === null || (Array.isArray(evaluated.value) && evaluated.value.length === 0)) result = nullOutcome(index, mapping, expression, operation);
  else {
    result = outcome(index, mapping, expression, 'value');
    result.value = evaluated.value;
  }
  if (trace) result.trace = trace;
  return result;
}

/** JSON-friendly copy of an outcome (for IPC and reports). */
export function encodeOutcome(outcome: AttributeOutcome): Omit<AttributeOutcome, 'value'> & { value?: unknown } {
  return outcome.value === undefined ? { ...outcome } : { ...outcome, value: encodeValue(outcome.value) };
}
