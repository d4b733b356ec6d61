import { encodeValue, type EvaluationEnvironment } from '../expressions';
import type { ModifiedProperty } from '../graph/provisioning-log';
import type { AttributeOutcome } from '../mapping/evaluate-mapping';
import { buildScimCreate, convertForTarget, parseTargetPath } from '../mapping/scim-payload';
import type { SourceObject } from '../mapping/source-object';
import { MS_AD_GROUP_SCHEMA } from '../scim/schemas';
import { targetDefinition, type ObjectRules } from './cycle-context';
import { engineError } from './failures';
import { buildPatch, type AttributeChange, type PatchBody } from './patch-ops';
import { hasValue, readTargetValue, sameTargetValue } from './target-values';
import type { AttributeLanding, Dialect, EngineError, ObjectKind } from './types';

type Json = Record<string, unknown>;

export const isManagerTarget = (name: string) => /(^|:)manager(\.value)?$/i.test(name);
export const isMembersTarget = (name: string) => {
  const path = parseTargetPath(name);
  return /^members$/i.test(path.attribute) && !path.schema;
};

/** What an export would send for one object, decided before anything is sent (the engine and the mapping preview share it). */
export interface ExportPlan {
  operation: 'create' | 'update';
  outcomes: AttributeOutcome[];
  landings: AttributeLanding[];
  /** Why nothing is sent, in Entra's terms: a required value null, an expression that failed. */
  failure: EngineError | null;
  /** The request body: a POST's resource, or a PATCH; null when nothing would be sent. */
  body: Json | PatchBody | null;
  /** Target attribute → the value the export carries (for Entra's state). */
  exported: Json;
  modified: ModifiedProperty[];
  /** Updates only: the attributes that differ from the target object. */
  changes: AttributeChange[];
  /** Attributes the request carries. */
  sentCount: number;
  /** Required target attributes that evaluated to null (a create then sends nothing). */
  missing: string[];
}

export function stringifyValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

function sourceValueOf(outcome: AttributeOutcome, source: SourceObject): unknown {
  const expression = outcome.expression;
  if (!expression) return null;
  const direct = /^\[([^\]]+)\]$/.exec(expression.trim());
  if (direct) return source[direct[1]!] ?? null;
  const refs = [...expression.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
  if (refs.length === 0) return null;
  return Object.fromEntries(refs.map((r) => [r, source[r] ?? null]));
}

/** The SCIM value a mapping outcome sends, converted to the target attribute's type. */
export function desiredValue(rules: ObjectRules, outcome: AttributeOutcome): unknown {
  const def = targetDefinition(rules, outcome.targetAttributeName);
  return convertForTarget(outcome.value ?? null, def ? { type: def.type, multivalued: def.multivalued } : undefined, false);
}

export function landingFor(outcome: AttributeOutcome, source: SourceObject): AttributeLanding {
  const base: AttributeLanding = { targetAttributeName: outcome.targetAttributeName, expression: outcome.expression, sourceValue: sourceValueOf(outcome, source), status: 'not-sent' };
  if (outcome.value !== undefined) base.mappedValue = encodeValue(outcome.value);
  switch (outcome.status) {
    case 'skipped-null':
      return { ...base, status: 'skipped-null', note: 'Source null: not sent (Entra skips nulls, it never clears the target).' };
    case 'ignored-flow':
      return { ...base, status: 'ignored', note: 'IgnoreFlowIfNullOrEmpty: left out of this operation.' };
    case 'add-only':
      return { ...base, status: 'add-only', note: 'Only applied on create (ObjectAddOnly).' };
    case 'error':
      return { ...base, status: 'error', note: outcome.message ?? 'The expression failed.' };
    default:
      return base;
  }
}

const exportable = (kind: ObjectKind, o: AttributeOutcome) => !isManagerTarget(o.targetAttributeName) && !(kind === 'Group' && isMembersTarget(o.targetAttributeName));
const carries = (o: AttributeOutcome) => o.status === 'value' || o.status === 'default';

function expressionFailure(outcomes: readonly AttributeOutcome[], reportable: string): EngineError | null {
  const failed = outcomes.find((o) => o.status === 'error');
  if (!failed) return null;
  return engineError(
    'ExpressionEvaluationFailed',
    `The mapping for ${failed.targetAttributeName} failed for '${reportable}': ${failed.message ?? 'evaluation error'}`,
    'Fix the expression (the audit shows the evaluation trace), or the source value it cannot handle.',
  );
}

/**
 * A create (§4.12 item 38): nulls are not sent, defaults and ObjectAddOnly mappings apply, the manager
 * and group members wait for their own requests, and a required value that is null means no POST
 * (`MandatoryFieldsMissing`). Decision: an expression that fails at run time also means no POST
 * (`ExpressionEvaluationFailed`); Entra logs the evaluation error and exports nothing for the object.
 */
export function planCreate(rules: ObjectRules, kind: ObjectKind, source: SourceObject, options: { reportable: string; targetName: string; env?: Partial<EvaluationEnvironment> }): ExportPlan {
  const outcomes = rules.compiled.evaluate(source, { operation: 'create', trace: false, ...(options.env ? { env: options.env } : {}) });
  const landings = outcomes.map((o) => landingFor(o, source));
  const plan: ExportPlan = { operation: 'create', outcomes, landings, failure: null, body: null, exported: {}, modified: [], changes: [], sentCount: 0, missing: [] };
  plan.failure = expressionFailure(outcomes, options.reportable);
  if (plan.failure) return plan;
  const missing = rules.targetAttributes
    .filter((def) => def.required && !isMembersTarget(def.name))
    .filter((def) => {
      const outcome = outcomes.find((o) => o.targetAttributeName.toLowerCase() === def.name.toLowerCase());
      return outcome !== undefined && !carries(outcome);
    });
  if (missing.length) {
    plan.missing = missing.map((m) => m.name);
    const names = plan.missing.join(', ');
    plan.failure = engineError(
      'MandatoryFieldsMissing',
      `The ${kind} '${options.reportable}' could not be created in ${options.targetName} because required values are missing: ${names} evaluated to null.`,
      'Fill in the source attribute, or map the required target attribute from an attribute that always has a value (or give it a default value).',
    );
    return plan;
  }
  const sent = outcomes.filter((o) => exportable(kind, o));
  const body = buildScimCreate(sent, {
    resourceType: kind,
    targetAttribute: (name) => {
      const def = targetDefinition(rules, name);
      return def ? { type: def.type, multivalued: def.multivalued } : undefined;
    },
  }).body;
  if (kind === 'Group') body['schemas'] = [...(body['schemas'] as string[]), MS_AD_GROUP_SCHEMA];
  plan.body = body;
  for (const o of sent) if (carries(o)) plan.exported[o.targetAttributeName] = desiredValue(rules, o);
  plan.sentCount = Object.keys(plan.exported).length;
  plan.modified = Object.entries(plan.exported).map(([displayName, value]) => ({ displayName, oldValue: null, newValue: stringifyValue(value) }));
  for (const landing of landings) {
    const outcome = outcomes.find((x) => x.targetAttributeName === landing.targetAttributeName);
    if (!outcome || !carries(outcome) || !(landing.targetAttributeName in plan.exported)) continue;
    landing.status = outcome.status === 'default' ? 'default' : 'sent';
    if (outcome.status === 'default') landing.note = 'Source null: the default value was used (creates only).';
  }
  return plan;
}

/**
 * An update (§4.12 item 37): the mapped values compared with the target object as read; only what
 * differs is sent, `Add` where the target has no value and `Replace` where it has one, in the dialect.
 * No change = no body (Entra logs RedundantExport).
 */
export function planUpdate(rules: ObjectRules, kind: ObjectKind, source: SourceObject, target: Json, dialect: Dialect, options: { reportable: string; env?: Partial<EvaluationEnvironment> }): ExportPlan {
  const outcomes = rules.compiled.evaluate(source, { operation: 'update', ...(options.env ? { env: options.env } : {}) });
  const landings = outcomes.map((o) => landingFor(o, source));
  const plan: ExportPlan = { operation: 'update', outcomes, landings, failure: null, body: null, exported: {}, modified: [], changes: [], sentCount: 0, missing: [] };
  plan.failure = expressionFailure(outcomes, options.reportable);
  if (plan.failure) return plan;
  outcomes.forEach((o, i) => {
    if (!carries(o) || !exportable(kind, o)) return;
    const desired = desiredValue(rules, o);
    const actual = readTargetValue(target, o.targetAttributeName);
    plan.exported[o.targetAttributeName] = desired;
    if (sameTargetValue(desired, actual)) {
      landings[i]!.status = 'unchanged';
      landings[i]!.landed = actual;
      return;
    }
    landings[i]!.status = 'sent';
    plan.changes.push({ path: o.targetAttributeName, value: desired, hadValue: hasValue(actual) });
    plan.modified.push({ displayName: o.targetAttributeName, oldValue: stringifyValue(actual), newValue: stringifyValue(desired) });
  });
  plan.sentCount = plan.changes.length;
  if (plan.changes.length) plan.body = buildPatch(plan.changes, dialect);
  return plan;
}
