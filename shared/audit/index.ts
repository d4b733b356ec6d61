export type { Finding, Severity, LintRule, LintContext, AssignmentFacts, MappingUnderAudit } from './types';
export { LINT_RULES, ruleById } from './rules';
export { runAudit, lintContext, mappingsUnderAudit, type AuditInput, type AuditResult, type AuditedObjectMapping } from './run-audit';
export { auditApp, findApp, type AppAudit, type AuditAppOptions } from './audit-app';
export { diffMappings, type MappingDiff, type ObjectMappingDiff, type AttributeDiff, type DiffChange, type MappingSide } from './diff';
