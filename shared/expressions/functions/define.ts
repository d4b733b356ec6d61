import { ExpressionError } from '../errors';
import { isMulti, type Value } from '../values';
import type { Argument, EvaluationEnvironment, FunctionDefinition, FunctionStatus, ParameterDefinition } from './types';

export interface DefineOptions {
  summary: string;
  status?: FunctionStatus;
  minArgs?: number;
  validate?: FunctionDefinition['validate'];
  volatile?: boolean;
  /** Apply the function to each value of a multi-valued first argument (pure string → string functions). */
  elementwise?: boolean;
}

/**
 * Declares a function from a compact parameter list: `key` required, `key?` optional,
 * `key*` repeating (zero or more), `key+` repeating (one or more).
 */
export function defineFunction(
  name: string,
  parameterSpec: string,
  options: DefineOptions,
  call: (args: Argument[], env: EvaluationEnvironment) => Value,
): FunctionDefinition {
  const parameters: ParameterDefinition[] = parameterSpec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const suffix = token.slice(-1);
      const key = /[?*+]/.test(suffix) ? token.slice(0, -1) : token;
      return { key, required: suffix === '+' || !/[?*]/.test(suffix), repeats: suffix === '*' || suffix === '+' };
    });
  const repeating = parameters.some((p) => p.repeats);
  let minArgs = 0;
  parameters.forEach((p, i) => {
    if (p.required) minArgs = i + 1;
  });
  const signature = `${name}(${parameters.map((p) => (p.repeats ? `${p.key}1, …` : p.required ? p.key : `[${p.key}]`)).join(', ')})`;
  const wrapped = options.elementwise
    ? (args: Argument[], env: EvaluationEnvironment): Value => {
        const first = args[0];
        if (first !== undefined && isMulti(first)) return first.map((item) => call([item, ...args.slice(1)], env));
        return call(args, env);
      }
    : call;
  return {
    name,
    signature,
    summary: options.summary,
    status: options.status ?? 'documented',
    parameters,
    minArgs: options.minArgs ?? minArgs,
    maxArgs: repeating ? Number.POSITIVE_INFINITY : parameters.length,
    ...(options.validate ? { validate: options.validate } : {}),
    ...(options.volatile ? { volatile: true } : {}),
    call: wrapped,
  };
}

/** The Graph key of the argument at a position. */
export function parameterKeyAt(definition: FunctionDefinition, index: number): string {
  const direct = definition.parameters[index];
  if (direct) return direct.key;
  const repeating = [...definition.parameters].reverse().find((p) => p.repeats);
  return repeating?.key ?? `arg${index + 1}`;
}

export function evalError(fn: string, message: string): ExpressionError {
  return new ExpressionError('eval', `${fn}: ${message}`);
}
