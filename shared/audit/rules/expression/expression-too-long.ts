import type { LintRule } from '../../types';
import { findingAt } from '../finding-at';

export const expressionTooLongRule: LintRule = {
  id: 'expression-too-long',
  spec: 'L02',
  severity: 'error',
  title: 'Expression longer than 10,000 characters',
  fixHint: 'Shorten the expression (Entra rejects expressions over 10,000 characters), e.g. replace a long IIF chain with Switch.',
  check: (ctx) =>
    ctx.mappings.filter((m) => m.parseError && /exceeds 10,000/.test(m.parseError.message)).map((m) => ({ ...findingAt(m), message: `${m.mapping.targetAttributeName}: the expression has ${m.expression?.length} characters.` })),
};
