import { compileExpression, isExpressionError, parseExpression, type FunctionNameCase } from '../expressions';
import type { ObjectMapping, SynchronizationRule, SynchronizationSchema } from '../graph/synchronization';
import { mappingExpressionText } from '../mapping/evaluate-mapping';
import { profileById } from '../vendors';
import { LINT_RULES } from './rules';
import type { RejectedAttribute } from './rules/rejected-attributes';
import type { AssignmentFacts, Finding, LintContext, LintRule, MappingUnderAudit, Severity } from './types';

export interface AuditInput {
  appName: string;
  templateId: string | null;
  /** Vendor profile id (howspace, officernd, officespace, generic), or null for none. */
  profileId: string | null;
  schema: SynchronizationSchema;
  assignments?: AssignmentFacts | null;
  /** Source objects per object kind, for data-driven rules (e.g. required values that come out null). */
  sampleObjects?: Partial<Record<'User' | 'Group', ReadonlyArray<Readonly<Record<string, unknown>>>>>;
  /** Default lenient: Entra accepts other casings in practice; the casing is reported as info. */
  functionNameCase?: FunctionNameCase;
  rules?: readonly LintRule[];
  /** Source attributes a Graph read could not return (recorded on the job), by name. */
  graphUnreadableSources?: ReadonlyMap<string, string>;
  /** Target attributes the app rejected in recent provisioning logs. */
  rejectedAttributes?: readonly RejectedAttribute[];
}

export interface AuditedObjectMapping {
  ruleId: string;
  name: string;
  objectKind: 'User' | 'Group';
  enabled: boolean;
  sourceObjectName: string;
  targetObjectName: string;
  mappingCount: number;
}

export interface AuditResult {
  appName: string;
  profileId: string | null;
  objectMappings: AuditedObjectMapping[];
  findings: Finding[];
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function mappingsUnderAudit(objectMapping: Pick<ObjectMapping, 'attributeMappings'>, functionNameCase: FunctionNameCase = 'lenient'): MappingUnderAudit[] {
  return objectMapping.attributeMappings.map((mapping, index) => {
    const expression = mappingExpressionText(mapping);
    if (expression === null) return { index, mapping, expression, ast: null, compiled: null, parseError: null };
    try {
      const compiled = compileExpression(expression, { functionNameCase });
      return { index, mapping, expression, ast: compiled.ast, compiled, parseError: null };
    } catch (error) {
      if (!isExpressionError(error)) throw error;
      let ast = null;
      try {
        ast = parseExpression(expression);
      } catch {
        // syntax error: no tree
      }
      return { index, mapping, expression, ast, compiled: null, parseError: { message: error.message, start: error.start, end: error.end } };
    }
  });
}

function objectKindOf(objectMapping: ObjectMapping): 'User' | 'Group' {
  return /group$/i.test(objectMapping.sourceObjectName) ? 'Group' : 'User';
}

/** Builds the lint context of one object mapping of a synchronization rule. */
export function lintContext(input: AuditInput, rule: SynchronizationRule, objectMapping: ObjectMapping): LintContext {
  const profile = input.profileId ? (profileById(input.profileId) ?? null) : null;
  const objectKind = objectKindOf(objectMapping);
  const directory = (name: string | undefined) => input.schema.directories.find((d) => d.name === name);
  const sourceDirectory = directory(rule.sourceDirectoryName) ?? input.schema.directories.find((d) => /azure active directory|entra/i.test(d.name));
  const targetDirectory = directory(rule.targetDirectoryName) ?? input.schema.directories.find((d) => d !== sourceDirectory);
  return {
    appName: input.appName,
    templateId: input.templateId,
    profile,
    objectKind,
    objectMapping,
    mappings: mappingsUnderAudit(objectMapping, input.functionNameCase ?? 'lenient'),
    sourceObject: sourceDirectory?.objects.find((o) => o.name === objectMapping.sourceObjectName) ?? null,
    targetObject: targetDirectory?.objects.find((o) => o.name === objectMapping.targetObjectName) ?? null,
    profileResource: profile?.resources[objectKind] ?? null,
    assignments: input.assignments ?? null,
    sampleObjects: input.sampleObjects?.[objectKind] ?? [],
    ...(input.graphUnreadableSources && objectKind === 'User' ? { graphUnreadableSources: input.graphUnreadableSources } : {}),
    ...(input.rejectedAttributes ? { rejectedAttributes: input.rejectedAttributes } : {}),
  };
}

/** Runs every lint rule over every object mapping of an app's schema. */
export function runAudit(input: AuditInput): AuditResult {
  const rules = input.rules ?? LINT_RULES;
  const findings: Finding[] = [];
  const objectMappings: AuditedObjectMapping[] = [];
  for (const rule of input.schema.synchronizationRules) {
    for (const objectMapping of rule.objectMappings) {
      const ctx = lintContext(input, rule, objectMapping);
      objectMappings.push({
        ruleId: rule.id,
        name: objectMapping.name,
        objectKind: ctx.objectKind,
        enabled: objectMapping.enabled,
        sourceObjectName: objectMapping.sourceObjectName,
        targetObjectName: objectMapping.targetObjectName,
        mappingCount: objectMapping.attributeMappings.length,
      });
      for (const lint of rules) {
        for (const draft of lint.check(ctx)) {
          findings.push({
            ruleId: lint.id,
            severity: draft.severity ?? lint.severity,
            title: lint.title,
            objectMapping: objectMapping.name,
            ...draft,
            fixHint: draft.fixHint ?? lint.fixHint,
          });
        }
      }
    }
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { appName: input.appName, profileId: input.profileId, objectMappings, findings, counts };
}
