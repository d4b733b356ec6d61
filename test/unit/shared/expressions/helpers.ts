import { compileExpression, type CompileOptions, type EvaluationEnvironment } from '../../../../shared/expressions';
import { encodeValue } from '../../../../shared/expressions/values';

/** Evaluates and returns the JSON-friendly value, `{ignoreFlow}` or `{error: kind + message}`. */
export function run(expression: string, source: Record<string, unknown> = {}, env: Partial<EvaluationEnvironment> = {}, options: CompileOptions = {}): unknown {
  let compiled;
  try {
    compiled = compileExpression(expression, options);
  } catch (error) {
    return { error: `parse: ${(error as Error).message}` };
  }
  const outcome = compiled.evaluate(source, env);
  if (outcome.kind === 'value') return encodeValue(outcome.value);
  if (outcome.kind === 'ignoreFlow') return { ignoreFlow: true };
  return { error: `eval: ${outcome.error.message}` };
}

export function errorOf(expression: string, source: Record<string, unknown> = {}): string {
  const result = run(expression, source) as { error?: string };
  if (!result || typeof result !== 'object' || !result.error) throw new Error(`expected an error from ${expression.slice(0, 80)}, got ${JSON.stringify(result).slice(0, 80)}`);
  return result.error;
}
