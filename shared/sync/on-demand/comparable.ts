import type { ObjectRun, PhaseName } from '../types';
import { ON_DEMAND_STEP_TYPES, type ComparableObject, type ComparableStep, type OnDemandObjectResult, type OnDemandStepType } from './types';

const PHASE_OF: Record<OnDemandStepType, PhaseName> = { Import: 'import', Scoping: 'scope', Matching: 'match', Export: 'action' };

/** Entra's casing of a status or action word ("success" → "Success"); unknown words kept as sent. */
export function entraWord(value: string | null | undefined): string {
  if (!value) return '';
  const known = ['Success', 'Failure', 'Skipped', 'Warning', 'Create', 'Update', 'Delete', 'Disable', 'Other', 'StagedDelete'];
  return known.find((k) => k.toLowerCase() === value.toLowerCase()) ?? value;
}

/** Detail keys on Entra's Export step that describe the step rather than an exported attribute. */
const EXPORT_META = new Set(['skipreason', 'reportableidentifier', 'errorcode', 'errormessage', 'reason', 'additionaldetails', 'recommendedaction', 'targetanchor', 'changetype']);

/** Our prediction for one object, as provision on demand would report it. */
export function comparableFromRun(run: ObjectRun): ComparableObject {
  const steps: ComparableStep[] = [];
  for (const type of ON_DEMAND_STEP_TYPES) {
    const phase = run.phases.find((p) => p.name === PHASE_OF[type]);
    if (!phase) continue;
    const step = run.logSteps[PHASE_OF[type]];
    steps.push({ type, status: entraWord(phase.status), name: step?.name ?? '', description: step?.description ?? phase.summary });
  }
  const exported: Record<string, string | null> = {};
  for (const property of run.modifiedProperties) exported[property.displayName] = property.newValue ?? null;
  return {
    kind: run.kind,
    sourceId: run.sourceId,
    reportable: run.reportableIdentifier,
    outcome: entraWord(run.status),
    action: entraWord(run.action),
    errorCode: run.error?.errorCode ?? null,
    steps,
    exported,
  };
}

/** Several steps of one type (e.g. EntryImportAdd then EntryImport) read as one: the first non-success status wins. */
function mergeSteps(type: OnDemandStepType, steps: OnDemandObjectResult['steps']): ComparableStep | null {
  const same = steps.filter((s) => s.type.toLowerCase() === type.toLowerCase());
  if (same.length === 0) return null;
  const worst = same.find((s) => entraWord(s.status) !== 'Success') ?? same[same.length - 1]!;
  return { type, status: entraWord(worst.status), name: same.map((s) => s.name).join(' + '), description: same.map((s) => s.description ?? '').filter(Boolean).join(' ') };
}

/**
 * Entra's answer for one object. The exported values come from the Export step's details; when
 * Entra lists none there, from modified properties named like the mapping's target attributes.
 */
export function comparableFromActual(object: OnDemandObjectResult, options: { fallbackErrorCode?: string | null; targetAttributes?: readonly string[] } = {}): ComparableObject {
  const steps = ON_DEMAND_STEP_TYPES.map((type) => mergeSteps(type, object.steps)).filter((s): s is ComparableStep => s !== null);
  const exportSteps = object.steps.filter((s) => s.type.toLowerCase() === 'export');
  const fromExport: Record<string, string | null> = {};
  for (const step of exportSteps) for (const [key, value] of Object.entries(step.details)) if (!EXPORT_META.has(key.toLowerCase())) fromExport[key] = value;
  let exported: Record<string, string | null> | undefined = Object.keys(fromExport).length ? fromExport : undefined;
  if (!exported && options.targetAttributes?.length) {
    const targets = new Set(options.targetAttributes);
    const matching = object.modifiedProperties.filter((p) => targets.has(p.name));
    if (matching.length) exported = Object.fromEntries(matching.map((p) => [p.name, p.newValue]));
  }
  // A skip exports nothing: an empty list is then known, not missing.
  if (!exported && exportSteps.some((s) => entraWord(s.status) === 'Skipped')) exported = {};
  const skipReason = exportSteps.map((s) => s.details.SkipReason).find((r) => !!r) ?? null;
  const lastStatus = object.steps.length ? object.steps[object.steps.length - 1]!.status : '';
  return {
    kind: /group/i.test(object.sourceType ?? '') ? 'Group' : 'User',
    sourceId: object.sourceId,
    reportable: object.reportableIdentifier,
    outcome: entraWord(object.status) || entraWord(lastStatus),
    action: entraWord(object.action),
    errorCode: object.errorCode ?? options.fallbackErrorCode ?? skipReason,
    steps,
    exported,
  };
}
