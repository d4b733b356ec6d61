import type { LintRule } from '../../types';
import { findingAt } from '../finding-at';

export const functionNameCaseRule: LintRule = {
  id: 'function-name-case',
  spec: 'L10',
  severity: 'info',
  title: 'Function name spelled with different casing',
  fixHint: 'Use the documented casing; the docs call the syntax case-sensitive.',
  check: (ctx) => ctx.mappings.flatMap((m) => (m.compiled?.warnings ?? []).map((w) => ({ ...findingAt(m, w), message: `${m.mapping.targetAttributeName}: ${w.message}.` }))),
};
