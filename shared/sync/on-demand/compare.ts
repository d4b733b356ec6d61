import type { ObjectRun } from '../types';
import { comparableFromActual, comparableFromRun, entraWord } from './comparable';
import { ON_DEMAND_STEP_TYPES, STEP_LABELS, type AttributeRow, type ComparableObject, type Difference, type ObjectComparison, type OnDemandComparison, type ParsedOnDemandResponse, type StepRow } from './types';

export interface CompareInput {
  /** Our prediction: the objects the trial-sync engine processed (default dialect). */
  predicted: readonly ObjectRun[];
  /** The subject of the call (a user, or the group). */
  subject: { kind: 'User' | 'Group'; id: string };
  actual: ParsedOnDemandResponse;
  /** The mapping's target attribute names (to read exported values from modified properties when the Export step lists none). */
  targetAttributes?: readonly string[];
}

const show = (value: string | null): string => (value === null ? '(null)' : value === '' ? '(empty)' : `"${value}"`);
const word = (value: string | null | undefined): string => (value ? value : '(none)');

/** Our overall result: a failure anywhere fails the call; else the subject's own outcome. */
function predictedOverall(objects: readonly ComparableObject[], subjectId: string): string {
  if (objects.some((o) => o.outcome === 'Failure')) return 'Failure';
  return objects.find((o) => o.sourceId === subjectId)?.outcome ?? objects[objects.length - 1]?.outcome ?? 'Success';
}

function compareObject(name: string, predicted: ComparableObject, actual: ComparableObject): ObjectComparison {
  const differences: Difference[] = [];
  const diff = (d: Omit<Difference, 'object'>) => differences.push({ object: name, ...d });
  if (predicted.outcome !== actual.outcome) diff({ kind: 'outcome', predicted: predicted.outcome, actual: actual.outcome, message: `Outcome: we predicted ${word(predicted.outcome)}, Entra reported ${word(actual.outcome)}.` });
  if (predicted.action !== actual.action) diff({ kind: 'action', predicted: predicted.action, actual: actual.action, message: `Action: we predicted ${word(predicted.action)}, Entra did ${word(actual.action)}.` });
  if ((predicted.errorCode ?? null) !== (actual.errorCode ?? null)) {
    diff({ kind: 'errorCode', predicted: predicted.errorCode, actual: actual.errorCode, message: `Error code: we predicted ${word(predicted.errorCode)}, Entra logged ${word(actual.errorCode)}.` });
  }
  const steps: StepRow[] = [];
  for (const type of ON_DEMAND_STEP_TYPES) {
    const p = predicted.steps.find((s) => s.type === type) ?? null;
    const a = actual.steps.find((s) => s.type === type) ?? null;
    if (!p && !a) continue;
    const same = !!p && !!a && p.status === a.status;
    steps.push({ type, predicted: p, actual: a, same });
    if (same) continue;
    const label = STEP_LABELS[type];
    const message = !p ? `${label} step: we predicted no such step, Entra reported ${a!.status}.` : !a ? `${label} step: we predicted ${p.status}, Entra reported no such step.` : `${label} step: we predicted ${p.status}, Entra reported ${a.status}.`;
    diff({ kind: 'step', step: type, predicted: p?.status ?? null, actual: a?.status ?? null, message });
  }
  const attributes: AttributeRow[] = [];
  if (actual.exported && predicted.exported) {
    const names = [...new Set([...Object.keys(predicted.exported), ...Object.keys(actual.exported)])].sort((x, y) => x.localeCompare(y));
    for (const attribute of names) {
      const p = attribute in predicted.exported ? predicted.exported[attribute] : undefined;
      const a = attribute in actual.exported ? actual.exported[attribute] : undefined;
      const same = p === a;
      attributes.push({ name: attribute, predicted: p, actual: a, same });
      if (!same) {
        diff({ kind: 'attribute', attribute, predicted: p ?? null, actual: a ?? null, message: `Exported ${attribute}: we predicted ${p === undefined ? 'no value sent' : show(p)}, Entra ${a === undefined ? 'sent none' : `exported ${show(a)}`}.` });
      }
    }
  }
  return { object: name, kind: predicted.kind, predicted, actual, steps, attributes, differences };
}

/**
 * Our prediction against Entra's answer, object by object and step by step: outcome, action, error
 * code, each step's status and every exported value. A group call Entra answers without steps is
 * compared by its outcome only.
 */
export function compareOnDemand(input: CompareInput): OnDemandComparison {
  const predicted = input.predicted.map(comparableFromRun);
  // A user call processes the user only (our engine may also touch groups whose membership changed).
  const compared = input.subject.kind === 'User' ? predicted.filter((o) => o.sourceId === input.subject.id) : predicted;
  const overallPredicted = predictedOverall(compared, input.subject.id);
  const notes: string[] = [];
  const actualObjects = input.actual.objects;
  const fallbackErrorCode = actualObjects.length === 1 && typeof input.actual.resultDetails.errorCode === 'string' ? input.actual.resultDetails.errorCode : null;
  const actual = actualObjects.map((o) => comparableFromActual(o, { fallbackErrorCode, ...(input.targetAttributes ? { targetAttributes: input.targetAttributes } : {}) }));
  const overallActual = input.actual.result ? entraWord(input.actual.result) : actual.length === 1 ? actual[0]!.outcome : null;
  const overall = { predicted: overallPredicted, actual: overallActual, same: overallActual === null || overallActual === overallPredicted };

  if (actual.length === 0) {
    notes.push('Entra answered this call without provisioning steps (as it does for groups), so only the overall outcome is compared.');
    const differences: Difference[] = overall.same
      ? []
      : [{ kind: 'outcome', object: 'the call', predicted: overall.predicted, actual: overall.actual, message: `Outcome: we predicted ${overall.predicted}, Entra reported ${word(overall.actual)}.` }];
    const objects = compared.map((p) => ({ object: p.reportable ?? p.sourceId ?? '', kind: p.kind, predicted: p, actual: null, steps: p.steps.map((s) => ({ type: s.type, predicted: s, actual: null, same: true })), attributes: [], differences: [] }));
    return { mode: 'outcome', agree: differences.length === 0, overall, objects, differences, notes };
  }

  const unmatched = new Set(compared);
  const objects: ObjectComparison[] = [];
  const differences: Difference[] = [];
  actual.forEach((a) => {
    const byId = a.sourceId ? compared.find((p) => unmatched.has(p) && p.sourceId?.toLowerCase() === a.sourceId!.toLowerCase()) : undefined;
    const byName = a.reportable ? compared.find((p) => unmatched.has(p) && p.reportable?.toLowerCase() === a.reportable!.toLowerCase()) : undefined;
    const only = compared.length === 1 && actual.length === 1 ? compared[0] : undefined;
    const p = byId ?? byName ?? only;
    const name = p?.reportable ?? a.reportable ?? a.sourceId ?? 'an object';
    if (!p) {
      const d: Difference = { kind: 'object', object: name, predicted: null, actual: a.outcome, message: `Entra processed ${name} (${word(a.action)}, ${word(a.outcome)}), which our prediction did not include.` };
      differences.push(d);
      objects.push({ object: name, kind: a.kind, predicted: null, actual: a, steps: a.steps.map((s) => ({ type: s.type, predicted: null, actual: s, same: false })), attributes: [], differences: [d] });
      return;
    }
    unmatched.delete(p);
    const comparison = compareObject(name, p, a);
    objects.push(comparison);
    differences.push(...comparison.differences);
    if (a.exported === undefined) notes.push(`Entra's answer does not list the values it exported for ${name}, so they were not compared.`);
  });
  for (const p of unmatched) notes.push(`Entra's answer does not mention ${p.reportable ?? p.sourceId}, which our prediction processed (${p.action}, ${p.outcome}); it was not compared.`);
  if (!overall.same && !differences.some((d) => d.kind === 'outcome')) {
    differences.push({ kind: 'outcome', object: 'the call', predicted: overall.predicted, actual: overall.actual, message: `Overall result: we predicted ${overall.predicted}, Entra reported ${word(overall.actual)}.` });
  }
  return { mode: 'steps', agree: differences.length === 0, overall, objects, differences, notes };
}
