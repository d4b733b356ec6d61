import { useMemo } from 'react';
import { closestName, compileExpression, encodeValue, isExpressionError, lineColumn } from '../../../../shared/expressions';

export type LiveResult =
  | { kind: 'value'; value: unknown; warnings: string[] }
  | { kind: 'ignoreFlow'; warnings: string[] }
  | { kind: 'error'; phase: 'parse' | 'eval'; message: string; start: number; end: number; line: number; column: number }
  | { kind: 'empty' };

/** Compiles and evaluates the editor text against the chosen object, in the renderer, on every change. */
export function useLiveEvaluation(text: string, source: Record<string, unknown> | null, now: number, sourceAttributes: readonly string[] = []): LiveResult {
  return useMemo((): LiveResult => {
    if (text.trim() === '') return { kind: 'empty' };
    try {
      const compiled = compileExpression(text, { functionNameCase: 'lenient' });
      const warnings = compiled.warnings.map((w) => w.message);
      if (sourceAttributes.length > 0) {
        for (const name of compiled.attributes.filter((a) => !sourceAttributes.includes(a))) {
          const hint = sourceAttributes.find((a) => a.toLowerCase() === name.toLowerCase()) ?? closestName(name, sourceAttributes);
          warnings.push(`[${name}] is not an attribute of the source object${hint ? ` — did you mean [${hint}]?` : ''}; it is always null`);
        }
      }
      const outcome = compiled.evaluate(source ?? {}, { now: () => now, targetValueExists: () => false });
      if (outcome.kind === 'value') return { kind: 'value', value: encodeValue(outcome.value), warnings };
      if (outcome.kind === 'ignoreFlow') return { kind: 'ignoreFlow', warnings };
      const { line, column } = lineColumn(text, outcome.error.start);
      return { kind: 'error', phase: 'eval', message: outcome.error.message, start: outcome.error.start, end: outcome.error.end, line, column };
    } catch (error) {
      if (!isExpressionError(error)) throw error;
      const { line, column } = lineColumn(text, error.start);
      return { kind: 'error', phase: 'parse', message: error.message, start: error.start, end: error.end, line, column };
    }
  }, [text, source, now, sourceAttributes]);
}
