import type { LintRule } from '../types';
import { EXPRESSION_RULES } from './expression-rules';
import { LOG_REJECTION_RULES } from './log-rejection-rules';
import { MAPPING_RULES } from './mapping-rules';
import { SCOPING_RULES } from './scoping-rules';
import { VENDOR_RULES } from './vendor-rules';

/** Every lint rule, in report order. Rules are data (id, severity, title, hint, check): add one to this list. */
export const LINT_RULES: readonly LintRule[] = [...MAPPING_RULES, ...EXPRESSION_RULES, ...SCOPING_RULES, ...VENDOR_RULES, ...LOG_REJECTION_RULES];

export function ruleById(id: string): LintRule | undefined {
  return LINT_RULES.find((rule) => rule.id === id);
}
