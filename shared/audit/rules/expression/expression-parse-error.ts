import type { LintRule } from '../../types';
import { findingAt } from '../finding-at';

export const expressionParseErrorRule: LintRule = {
  id: 'expression-parse-error',
  spec: 'L01',
  severity: 'error',
  title: 'Expression does not parse',
  fixHint: 'Fix the expression at the marked position; Entra rejects it when you save the mapping.',
  check: (ctx) =>
    ctx.mappings
      .filter((m) => m.parseError && !/exceeds 10,000/.test(m.parseError.message))
      .map((m) => ({ ...findingAt(m, m.parseError!), message: `${m.mapping.targetAttributeName}: ${m.parseError!.message}` })),
};
