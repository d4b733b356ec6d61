import { encodeValue } from '../expressions';
import type { ModifiedProperty } from '../graph/provisioning-log';
import type { AttributeOutcome } from '../mapping/evaluate-mapping';
import type { SourceObject } from '../mapping/source-object';
import {
  filterLiteral,
  isListResponse,
  isResource,
  PhaseBuilder,
  resourcePath,
  send,
  type CycleContext,
  type ObjectRules,
} from './cycle-context';
import { engineError, httpFailure, invalidAnchor, MULTIPLE_ENTRIES, serviceIncompatible } from './failures';
import { planCreate, planUpdate, stringifyValue } from './plan-export';
import { buildActivePatch } from './patch-ops';
import { evaluateScope, type ScopeResult } from './scope';
import { sourceAttributesRead, sourceObjectOf } from './source-view';
import { readTargetValue } from './target-values';
import type { AttributeLanding, EngineError, EntraLink, ObjectAction, ObjectKind, ObjectRun, Outcome, Phase } from './types';

type Json = Record<string, unknown>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the run learns about one object; finished into an ObjectRun by `finish`. */
interface Work {
  kind: ObjectKind;
  id: string;
  name: string;
  reportable: string;
  phases: Phase[];
  action: ObjectAction;
  status: Outcome;
  error: EngineError | null;
  targetId: string | null;
  target: Json | null;
  attributes: AttributeLanding[];
  modified: ModifiedProperty[];
  verdict: string;
  started: number;
  /** Log step details of each phase, by phase name. */
  steps: ObjectRun['logSteps'];
}

export interface ObjectCycleResult {
  run: ObjectRun;
  /** Set for groups in scope with a target object: membership follows. */
  scope: ScopeResult | null;
}

function startWork(ctx: CycleContext, kind: ObjectKind, id: string): Work {
  const user = kind === 'User' ? ctx.directory.users.get(id) : undefined;
  const group = kind === 'Group' ? ctx.directory.groups.get(id) : undefined;
  const link = ctx.state.links[id];
  const name = user?.displayName ?? user?.userPrincipalName ?? group?.displayName ?? link?.displayName ?? id;
  const reportable = user?.userPrincipalName ?? group?.displayName ?? link?.displayName ?? id;
  return {
    kind,
    id,
    name,
    reportable,
    phases: [],
    action: 'other',
    status: 'success',
    error: null,
    targetId: link?.targetId ?? null,
    target: null,
    attributes: [],
    modified: [],
    verdict: '',
    started: ctx.clock(),
    steps: {},
  };
}

function finish(ctx: CycleContext, work: Work): ObjectRun {
  return {
    kind: work.kind,
    sourceId: work.id,
    displayName: work.name,
    reportableIdentifier: work.reportable,
    phases: work.phases,
    action: work.action,
    status: work.status,
    error: work.error,
    targetId: work.targetId,
    targetObject: work.target,
    attributes: work.attributes,
    modifiedProperties: work.modified,
    verdict: work.verdict,
    durationMs: Math.round((ctx.clock() - work.started) * 100) / 100,
    logSteps: work.steps,
  };
}

function fail(work: Work, error: EngineError, verdict: string): void {
  work.status = 'failure';
  work.error = error;
  work.verdict = verdict;
}

function skip(work: Work, errorCode: string, reason: string, verdict: string, recommendedAction: string | null = null): void {
  work.status = 'skipped';
  work.error = engineError(errorCode, reason, recommendedAction);
  work.verdict = verdict;
}

function link(ctx: CycleContext, work: Work, targetId: string, managed: boolean, exported: Json): EntraLink {
  const previous = ctx.state.links[work.id];
  const next: EntraLink = {
    sourceId: work.id,
    kind: work.kind,
    displayName: work.name,
    targetId,
    managed,
    lastExported: { ...(previous?.targetId === targetId ? previous.lastExported : {}), ...exported },
    updatedAt: ctx.options.now.toISOString(),
  };
  ctx.state.links[work.id] = next;
  return next;
}

/** Imports the object and, for unlinked objects, checks a matching value exists (§4.12 item 35). */
function importPhase(ctx: CycleContext, work: Work, rules: ObjectRules, source: SourceObject): Phase {
  const phase = new PhaseBuilder('import');
  const details: Record<string, string> = { objectId: work.id };
  const read = sourceAttributesRead(rules.mapping);
  for (const name of read) {
    const value = source[name];
    const text = stringifyValue(value === undefined ? null : Array.isArray(value) && value.length === 0 ? null : value);
    phase.decide(name, 'info', text ?? '(no value)');
    if (text !== null) details[name] = text;
  }
  const change = ctx.state.links[work.id] ? 'Update' : 'Add';
  work.steps.import = {
    name: `EntryImport${change}`,
    description: `Received ${work.kind} '${work.reportable}' change of type (${change}) from Azure Active Directory`,
    details,
  };
  return phase.end('success', `Read ${work.kind.toLowerCase()} ${work.reportable} with the ${plural(read.length, 'attribute')} the mappings use`);
}

/** The matching attributes in precedence order with their values for this object. */
export function matchingValues(rules: ObjectRules, outcomes: readonly AttributeOutcome[]): Array<{ name: string; priority: number; value: string | null }> {
  return rules.compiled.attributes
    .map((a, i) => ({ mapping: a.mapping, outcome: outcomes[i]! }))
    .filter((x) => x.mapping.matchingPriority > 0)
    .sort((a, b) => a.mapping.matchingPriority - b.mapping.matchingPriority)
    .map(({ mapping, outcome }) => {
      const value = outcome.status === 'value' || outcome.status === 'default' ? stringifyValue(encodeValue(outcome.value ?? null)) : null;
      return { name: mapping.targetAttributeName, priority: mapping.matchingPriority, value: value === '' ? null : value };
    });
}

function scopePhase(work: Work, scope: ScopeResult): Phase {
  const phase = new PhaseBuilder('scope');
  phase.phase.decisions.push(...scope.decisions);
  work.steps.scope = {
    name: 'EntrySynchronizationScoping',
    description: `Determine if ${work.kind} in scope by evaluating against each scoping filter`,
    details: scope.details,
  };
  return phase.end(scope.inScope ? 'success' : 'skipped', scope.inScope ? 'In scope' : `Out of scope: ${scope.reason}`);
}

/** Reads a linked object by id, or matches an unlinked one by its matching attributes. */
async function matchPhase(ctx: CycleContext, work: Work, rules: ObjectRules, outcomes: readonly AttributeOutcome[]): Promise<{ phase: Phase; target: Json | null; failed: boolean }> {
  const phase = new PhaseBuilder('match');
  const path = resourcePath(work.kind);
  const groupQuery = work.kind === 'Group' ? 'excludedAttributes=members&' : '';
  const existing = ctx.state.links[work.id];
  if (existing) {
    phase.decide('Linked by Entra', 'info', `Entra linked this ${work.kind.toLowerCase()} to target id ${existing.targetId} earlier, so it reads it by id; matching is not used.`);
    const sent = await send(ctx, phase, 'Read the linked object by id', { method: 'GET', path: `${path}/${encodeURIComponent(existing.targetId)}${work.kind === 'Group' ? '?excludedAttributes=members' : ''}` });
    work.steps.match = { name: 'EntryImport', description: `Retrieved ${work.kind} '${work.reportable}' from ${ctx.targetName} by id ${existing.targetId}`, details: { targetId: existing.targetId } };
    if (!sent.ok) {
      fail(work, sent.error, `Failed: ${ctx.targetName} could not be read (${sent.error.errorCode})`);
      return { phase: phase.end('failure', `Could not read ${existing.targetId}`), target: null, failed: true };
    }
    const response = sent.response!;
    if (response.status === 404) {
      fail(work, invalidAnchor(ctx.targetName, work.kind, existing.targetId, response.body), `Failed: the linked ${work.kind.toLowerCase()} ${existing.targetId} no longer exists in ${ctx.targetName} (InvalidAnchor)`);
      phase.decide('Read by id', 'fail', `404: ${existing.targetId} is gone.`);
      return { phase: phase.end('failure', 'InvalidAnchor: the linked object is gone'), target: null, failed: true };
    }
    if (response.status !== 200) {
      fail(work, httpFailure(response.status, response.body, ctx.targetName, work.kind, 'reading'), `Failed: ${ctx.targetName} answered ${response.status} to the read by id`);
      return { phase: phase.end('failure', `HTTP ${response.status}`), target: null, failed: true };
    }
    if (!isResource(response.body)) {
      fail(work, serviceIncompatible(ctx.targetName, response.status, response.body, `a SCIM ${work.kind} resource`), `Failed: ${ctx.targetName} did not answer with a SCIM resource`);
      return { phase: phase.end('failure', 'Not a SCIM answer'), target: null, failed: true };
    }
    phase.decide('Read by id', 'pass', `Found ${existing.targetId}.`);
    return { phase: phase.end('success', `Linked to ${existing.targetId}`), target: response.body, failed: false };
  }

  const values = matchingValues(rules, outcomes);
  if (values.length === 0) {
    // Entra's editor refuses to save a mapping without one; a schema set through Graph can still lack it.
    phase.decide('Matching attributes', 'fail', `The ${work.kind.toLowerCase()} mapping has no attribute marked "Match objects using this attribute", so an existing ${work.kind.toLowerCase()} in ${ctx.targetName} cannot be found: a new one is created every time the link is lost.`);
  }
  for (const candidate of values) {
    if (candidate.value === null) {
      phase.decide(`Match on ${candidate.name} (precedence ${candidate.priority})`, 'info', 'The value is null, so this attribute is skipped.');
      continue;
    }
    const filter = `${candidate.name} eq ${filterLiteral(candidate.value)}`;
    const sent = await send(ctx, phase, `Match on ${candidate.name}`, { method: 'GET', path: `${path}?${groupQuery}filter=${encodeURIComponent(filter)}` });
    if (!sent.ok) {
      fail(work, sent.error, `Failed: the matching query could not reach ${ctx.targetName} (${sent.error.errorCode})`);
      return { phase: phase.end('failure', 'Matching query failed'), target: null, failed: true };
    }
    const response = sent.response!;
    if (response.status !== 200) {
      const error =
        response.status === 404
          ? serviceIncompatible(ctx.targetName, 404, response.body, 'a ListResponse (a filter that finds nothing must answer 200 with totalResults 0, never 404)')
          : httpFailure(response.status, response.body, ctx.targetName, work.kind, 'matching');
      fail(work, error, `Failed: ${ctx.targetName} answered ${response.status} to the matching query on ${candidate.name}`);
      phase.decide(`Match on ${candidate.name}`, 'fail', `HTTP ${response.status}`);
      return { phase: phase.end('failure', `Matching query answered ${response.status}`), target: null, failed: true };
    }
    if (!isListResponse(response.body)) {
      fail(work, serviceIncompatible(ctx.targetName, 200, response.body, 'a SCIM ListResponse'), `Failed: ${ctx.targetName} did not answer the matching query with a SCIM ListResponse`);
      return { phase: phase.end('failure', 'Not a SCIM ListResponse'), target: null, failed: true };
    }
    const resources = (response.body.Resources ?? []).filter(isResource);
    const total = Math.max(response.body.totalResults ?? 0, resources.length);
    if (total > 1) {
      const code = resources.length > 1 ? 'DuplicateTargetEntries' : MULTIPLE_ENTRIES;
      fail(
        work,
        engineError(code, `${total} ${work.kind}s in ${ctx.targetName} have ${candidate.name} = "${candidate.value}"; the service cannot tell which one to link.`, 'Remove or merge the duplicates in the app, or choose a matching attribute that is unique there.'),
        `Failed: ${total} ${work.kind.toLowerCase()}s in ${ctx.targetName} match ${candidate.name} "${candidate.value}" (${code})`,
      );
      phase.decide(`Match on ${candidate.name} = "${candidate.value}"`, 'fail', `${total} objects matched.`);
      work.steps.match = { name: 'EntryImportByMatchingProperty', description: `Several ${work.kind}s matched '${work.reportable}' in ${ctx.targetName} by ${candidate.name}`, details: { MatchingProperty: candidate.name } };
      return { phase: phase.end('failure', `${total} matches on ${candidate.name}`), target: null, failed: true };
    }
    if (total === 1 && resources[0]) {
      phase.decide(`Match on ${candidate.name} = "${candidate.value}"`, 'pass', `Found ${resources[0].id}; Entra links the ${work.kind.toLowerCase()} to it.`);
      work.steps.match = {
        name: 'EntryImportByMatchingProperty',
        description: `Retrieved ${work.kind} '${work.reportable}' from ${ctx.targetName} by matching property ${candidate.name}`,
        details: { MatchingProperty: candidate.name, targetId: resources[0].id },
      };
      return { phase: phase.end('success', `Matched on ${candidate.name}`), target: resources[0], failed: false };
    }
    const more = values.slice(values.indexOf(candidate) + 1).some((v) => v.value !== null);
    phase.decide(`Match on ${candidate.name} = "${candidate.value}"`, 'info', more ? 'No object found; the next matching attribute is tried.' : 'No object found.');
  }
  work.steps.match = {
    name: 'EntryImportByMatchingProperty',
    description: `No matching ${work.kind} for '${work.reportable}' was found in ${ctx.targetName}`,
    details: { MatchingProperties: values.map((v) => v.name).join(', ') },
  };
  return { phase: phase.end('success', `No match in ${ctx.targetName}`), target: null, failed: false };
}

function actionStep(work: Work, name: string, description: string): void {
  work.steps.action = { name, description, details: { ReportableIdentifier: work.reportable } };
}

/** POST with the mapped values; required values null = MandatoryFieldsMissing, nothing sent (§4.12 item 38). */
async function create(ctx: CycleContext, work: Work, rules: ObjectRules, source: SourceObject, phase: PhaseBuilder, managed: boolean): Promise<void> {
  const plan = planCreate(rules, work.kind, source, { reportable: work.reportable, targetName: ctx.targetName, ...(ctx.options.env ? { env: ctx.options.env } : {}) });
  work.action = 'create';
  work.attributes = plan.landings;
  if (plan.failure) {
    const missing = plan.failure.errorCode === 'MandatoryFieldsMissing';
    const failed = plan.outcomes.find((o) => o.status === 'error');
    fail(
      work,
      plan.failure,
      missing
        ? `Would fail: required ${plan.missing.join(', ')} is null for ${work.reportable}, so no POST is sent (MandatoryFieldsMissing)`
        : `Failed: the expression for ${failed?.targetAttributeName ?? 'an attribute'} failed, so nothing would be sent`,
    );
    phase.decide(missing ? 'Required values' : 'Evaluate mappings', 'fail', plan.failure.reason);
    work.phases.push(phase.end('failure', missing ? 'MandatoryFieldsMissing: no POST' : 'Expression failed'));
    actionStep(work, 'EntrySynchronizationAdd', `${work.kind} '${work.reportable}' could not be prepared for creation in ${ctx.targetName}`);
    return;
  }
  const body = plan.body as Json;
  phase.decide('Create', 'info', `No ${work.kind.toLowerCase()} matched, so Entra creates one with ${plural(plan.sentCount, 'attribute')} (nulls are not sent; defaults apply on create).`);
  const sent = await send(ctx, phase, `Create the ${work.kind.toLowerCase()}`, { method: 'POST', path: resourcePath(work.kind), body });
  work.modified = plan.modified;
  const skipped = plan.landings.filter((l) => l.status === 'skipped-null').map((l) => `${l.targetAttributeName} skipped: source null`);
  const verdict = `Would be created in ${ctx.targetName} with ${plural(plan.sentCount, 'attribute')}${skipped.length ? `; ${skipped.join('; ')}` : ''}`;
  if (!sent.ok) {
    fail(work, sent.error, `Failed: the create could not reach ${ctx.targetName} (${sent.error.errorCode})`);
    work.phases.push(phase.end('failure', 'POST failed'));
    actionStep(work, 'EntryExportAdd', `Failed to create ${work.kind} '${work.reportable}' in ${ctx.targetName}`);
    return;
  }
  actionStep(work, 'EntryExportAdd', `${work.kind} '${work.reportable}' was created in ${ctx.targetName}`);
  const response = sent.response;
  if (!response) {
    work.verdict = `${verdict} — dry run, nothing sent`;
    work.target = { ...body, id: '(dry run)' };
    work.phases.push(phase.end('success', 'Create (dry run, not sent)'));
    return;
  }
  if (response.status !== 201 && response.status !== 200) {
    const error = httpFailure(response.status, response.body, ctx.targetName, work.kind, 'creating');
    fail(work, error, `Failed: ${ctx.targetName} answered ${response.status} to the create (${error.errorCode})`);
    work.phases.push(phase.end('failure', `POST answered ${response.status}`));
    actionStep(work, 'EntryExportAdd', `Failed to create ${work.kind} '${work.reportable}' in ${ctx.targetName}`);
    return;
  }
  if (!isResource(response.body)) {
    fail(work, serviceIncompatible(ctx.targetName, response.status, response.body, `a SCIM ${work.kind} with an id`), `Failed: ${ctx.targetName} did not return the created ${work.kind.toLowerCase()} with an id`);
    work.phases.push(phase.end('failure', 'No id in the answer'));
    return;
  }
  work.targetId = response.body.id;
  work.target = response.body;
  link(ctx, work, response.body.id, managed, plan.exported);
  work.verdict = verdict;
  work.phases.push(phase.end('success', `Created ${response.body.id}`));
}

/** PATCH only what differs from the target object as read (§4.12 item 37); nothing changed = RedundantExport. */
async function update(ctx: CycleContext, work: Work, rules: ObjectRules, source: SourceObject, target: Json, phase: PhaseBuilder, managed: boolean): Promise<void> {
  const plan = planUpdate(rules, work.kind, source, target, ctx.options.dialect, { reportable: work.reportable, ...(ctx.options.env ? { env: ctx.options.env } : {}) });
  work.attributes = plan.landings;
  if (plan.failure) {
    work.action = 'update';
    fail(work, plan.failure, `Failed: ${plan.failure.reason}`);
    phase.decide('Evaluate mappings', 'fail', plan.failure.reason);
    work.phases.push(phase.end('failure', 'Expression failed'));
    actionStep(work, 'EntryExportUpdate', `Failed to update ${work.kind} '${work.reportable}' in ${ctx.targetName}`);
    return;
  }
  for (const change of plan.changes) {
    const actual = readTargetValue(target, change.path);
    phase.decide(change.path, 'info', `${stringifyValue(actual) ?? 'none'} → ${stringifyValue(change.value)} (${change.hadValue ? 'Replace' : 'Add'})`);
  }
  work.modified = plan.modified;
  link(ctx, work, work.targetId!, managed, plan.exported);
  if (plan.changes.length === 0) {
    work.action = 'other';
    phase.decide('Compare with the target', 'pass', 'Every mapped value already equals what the target holds.');
    skip(work, 'RedundantExport', 'The state of the object in both the source and target systems already match.', `No change: ${work.reportable} already matches ${ctx.targetName} (RedundantExport, nothing sent)`);
    actionStep(work, 'EntrySynchronizationSkip', `${work.kind} '${work.reportable}' will be skipped (the state in both systems already matches)`);
    work.steps.action!.details['SkipReason'] = 'RedundantExport';
    work.phases.push(phase.end('skipped', 'Nothing to change'));
    return;
  }
  if (!rules.update) {
    work.action = 'other';
    skip(work, 'EntrySynchronizationSkipped', 'The Update action is off for this object mapping, so changes are not exported.', `Not sent: ${plural(plan.changes.length, 'attribute')} differ but the Update action is off`);
    actionStep(work, 'EntrySynchronizationSkip', `${work.kind} '${work.reportable}' will be skipped (Update is not a target object action)`);
    work.phases.push(phase.end('skipped', 'Update action off'));
    return;
  }
  work.action = 'update';
  const sent = await send(ctx, phase, `Update ${plural(plan.changes.length, 'attribute')}`, { method: 'PATCH', path: `${resourcePath(work.kind)}/${encodeURIComponent(work.targetId!)}`, body: plan.body! });
  await finishWrite(ctx, work, phase, sent, 'updating', `Would be updated in ${ctx.targetName}: ${plan.changes.map((c) => c.path).join(', ')}`, 'EntryExportUpdate', 'updated');
}

/** Records the outcome of a write (PATCH, DELETE): the final object from the answer, or the target as read with the change applied. */
async function finishWrite(
  ctx: CycleContext,
  work: Work,
  phase: PhaseBuilder,
  sent: Awaited<ReturnType<typeof send>>,
  doing: string,
  verdict: string,
  stepName: string,
  past: string,
): Promise<boolean> {
  if (!sent.ok) {
    fail(work, sent.error, `Failed: ${ctx.targetName} could not be reached (${sent.error.errorCode})`);
    work.phases.push(phase.end('failure', 'Request failed'));
    actionStep(work, stepName, `Failed to ${doing.replace(/ing$/, '')} ${work.kind} '${work.reportable}' in ${ctx.targetName}`);
    return false;
  }
  const response = sent.response;
  if (!response) {
    work.verdict = `${verdict} — dry run, nothing sent`;
    work.phases.push(phase.end('success', 'Dry run: not sent'));
    actionStep(work, stepName, `${work.kind} '${work.reportable}' would be ${past} in ${ctx.targetName}`);
    return true;
  }
  if (response.status < 200 || response.status >= 300) {
    const error = httpFailure(response.status, response.body, ctx.targetName, work.kind, doing);
    fail(work, error, `Failed: ${ctx.targetName} answered ${response.status} while ${doing} (${error.errorCode})`);
    work.phases.push(phase.end('failure', `HTTP ${response.status}`));
    actionStep(work, stepName, `Failed to ${doing.replace(/ing$/, 'e').replace(/ee$/, 'e')} ${work.kind} '${work.reportable}' in ${ctx.targetName}`);
    return false;
  }
  if (isResource(response.body)) work.target = response.body;
  work.verdict = verdict;
  work.phases.push(phase.end('success', `${past[0]!.toUpperCase()}${past.slice(1)} (HTTP ${response.status})`));
  actionStep(work, stepName, `${work.kind} '${work.reportable}' was ${past} in ${ctx.targetName}`);
  return true;
}

/** Whether `active` is mapped from IsSoftDeleted (directly or in an expression): Entra disables only then (§4.12 item 36). */
function activeFromSoftDelete(rules: ObjectRules): boolean {
  return rules.compiled.attributes.some((a) => a.mapping.targetAttributeName.toLowerCase() === 'active' && /\[IsSoftDeleted\]/i.test(a.expression ?? ''));
}

/** A linked user out of scope: disable (PATCH active false) only under item 36's conditions; groups are deleted. */
async function deprovision(ctx: CycleContext, work: Work, rules: ObjectRules, scope: ScopeResult, target: Json, phase: PhaseBuilder): Promise<void> {
  const existing = ctx.state.links[work.id]!;
  const leftScope = !scope.managed;
  const reasons: string[] = [];
  if (work.kind === 'User' && !activeFromSoftDelete(rules)) reasons.push('active is not mapped from IsSoftDeleted');
  if (work.kind === 'User' && !rules.update) reasons.push('the Update action is off');
  if (work.kind === 'Group' && !rules.delete) reasons.push('the Delete action is off');
  if (leftScope && ctx.options.skipOutOfScopeDeletions) reasons.push('SkipOutOfScopeDeletions is set');
  if (!existing.managed) reasons.push('Entra stopped managing it when it left scope earlier');
  const finalManaged = existing.managed && !leftScope;
  if (reasons.length) {
    ctx.state.links[work.id] = { ...existing, managed: finalManaged, updatedAt: ctx.options.now.toISOString() };
    for (const reason of reasons) phase.decide('Deprovisioning not sent', 'info', reason);
    skip(work, 'EntrySynchronizationSkipped', `${scope.reason}; nothing is sent because ${reasons.join(' and ')}.`, `Nothing sent: ${work.reportable} is out of scope, but ${reasons.join(' and ')}`);
    actionStep(work, 'EntrySynchronizationSkip', `${work.kind} '${work.reportable}' will be skipped (${scope.reason})`);
    work.phases.push(phase.end('skipped', 'Out of scope; nothing sent'));
    return;
  }
  if (work.kind === 'Group') {
    await deleteObject(ctx, work, phase, `${scope.reason}: Entra deletes the group in the target (groups have no active flag).`);
    return;
  }
  const active = readTargetValue(target, 'active');
  ctx.state.links[work.id] = { ...existing, managed: finalManaged, lastExported: { ...existing.lastExported, active: false }, updatedAt: ctx.options.now.toISOString() };
  work.attributes = [{ targetAttributeName: 'active', expression: 'Not([IsSoftDeleted])', sourceValue: { IsSoftDeleted: 'True' }, mappedValue: false, status: 'sent' }];
  if (active === false || (typeof active === 'string' && active.toLowerCase() === 'false')) {
    work.attributes[0]!.status = 'unchanged';
    phase.decide('Disable', 'pass', 'The target already has active false.');
    skip(work, 'RedundantExport', 'The state of the user in both the source and target systems already match.', `No change: ${work.reportable} is already inactive in ${ctx.targetName}`);
    actionStep(work, 'EntrySynchronizationSkip', `User '${work.reportable}' will be skipped (already disabled in ${ctx.targetName})`);
    work.phases.push(phase.end('skipped', 'Already inactive'));
    return;
  }
  work.action = 'disable';
  work.modified = [{ displayName: 'active', oldValue: stringifyValue(active ?? true), newValue: 'False' }];
  phase.decide('Disable', 'info', `${scope.reason}: Entra sets active to false (it never deletes a user that only left scope).`);
  const sent = await send(ctx, phase, 'Disable the user', { method: 'PATCH', path: `/Users/${encodeURIComponent(work.targetId!)}`, body: buildActivePatch(false, ctx.options.dialect) });
  await finishWrite(ctx, work, phase, sent, 'disabling', `Would be disabled in ${ctx.targetName} (active false)`, 'EntryExportUpdate', 'disabled');
}

async function deleteObject(ctx: CycleContext, work: Work, phase: PhaseBuilder, why: string): Promise<void> {
  work.action = 'delete';
  phase.decide('Delete', 'info', why);
  const targetId = work.targetId!;
  const sent = await send(ctx, phase, `Delete the ${work.kind.toLowerCase()}`, { method: 'DELETE', path: `${resourcePath(work.kind)}/${encodeURIComponent(targetId)}` });
  if (sent.ok && sent.response && sent.response.status === 404) {
    phase.decide('Already gone', 'info', 'The target answered 404: nothing left to delete.');
    sent.response.status = 204;
  }
  const ok = await finishWrite(ctx, work, phase, sent, 'deleting', `Would be deleted in ${ctx.targetName} (DELETE ${resourcePath(work.kind)}/${targetId})`, 'EntryExportDelete', 'deleted');
  if (ok && sent.ok && sent.response) {
    delete ctx.state.links[work.id];
    work.target = null;
  }
}

/** A source object that no longer exists (hard delete): DELETE only while Entra still manages it and Delete is on (§4.6 item 20). */
async function hardDeleted(ctx: CycleContext, work: Work, rules: ObjectRules): Promise<ObjectRun> {
  const importing = new PhaseBuilder('import');
  work.steps.import = { name: 'EntryImportDelete', description: `Received ${work.kind} '${work.reportable}' change of type (Delete) from Azure Active Directory`, details: { objectId: work.id } };
  work.phases.push(importing.decide('Deleted', 'info', `The ${work.kind.toLowerCase()} was permanently deleted in Entra ID.`).end('success', 'Received a delete'));
  const scoping = new PhaseBuilder('scope').decide('Scope', 'info', 'Not evaluated: the object no longer exists.');
  work.phases.push(scoping.end('skipped', 'Not evaluated'));
  const existing = ctx.state.links[work.id];
  const matching = new PhaseBuilder('match');
  const acting = new PhaseBuilder('action');
  if (!existing) {
    work.phases.push(matching.decide('Link', 'info', 'Entra never provisioned it: there is no link.').end('skipped', 'Not linked'));
    skip(work, 'EntrySynchronizationSkipped', `${work.kind} was never provisioned to ${ctx.targetName}; nothing to delete.`, `Nothing sent: ${work.reportable} was never provisioned`);
    actionStep(work, 'EntrySynchronizationSkip', `${work.kind} '${work.reportable}' will be skipped (never provisioned)`);
    work.phases.push(acting.end('skipped', 'Nothing to delete'));
    return finish(ctx, work);
  }
  work.steps.match = { name: 'EntryImport', description: `${work.kind} '${work.reportable}' is linked to ${existing.targetId} in ${ctx.targetName}`, details: { targetId: existing.targetId } };
  work.phases.push(matching.decide('Linked by Entra', 'info', `Target id ${existing.targetId}.`).end('success', `Linked to ${existing.targetId}`));
  if (!existing.managed || !rules.delete) {
    const why = !existing.managed ? 'Entra no longer manages it: it left scope (unassigned or filtered out) before it was deleted' : 'the Delete action is off for this object mapping';
    acting.decide('Delete not sent', 'info', why);
    skip(work, 'EntrySynchronizationSkipped', `Nothing is deleted in ${ctx.targetName} because ${why}.`, `Nothing sent: ${why}`);
    actionStep(work, 'EntrySynchronizationSkip', `${work.kind} '${work.reportable}' will be skipped (${why})`);
    work.phases.push(acting.end('skipped', 'No delete'));
    if (!existing.managed) delete ctx.state.links[work.id];
    return finish(ctx, work);
  }
  await deleteObject(ctx, work, acting, `The ${work.kind.toLowerCase()} was permanently deleted in Entra ID while still managed, and the Delete action is on.`);
  return finish(ctx, work);
}

/** One user or group through Import → Scope → Match → Action. */
export async function runObjectCycle(ctx: CycleContext, kind: ObjectKind, id: string): Promise<ObjectCycleResult> {
  const rules = ctx.rules[kind];
  const work = startWork(ctx, kind, id);
  if (!rules) {
    const phase = new PhaseBuilder('import').decide(`${kind} object mapping`, 'fail', `The app has no ${kind.toLowerCase()} object mapping.`);
    work.phases.push(phase.end('skipped', 'No mapping'));
    skip(work, 'EntrySynchronizationSkipped', `The app has no ${kind} object mapping.`, `Nothing sent: ${ctx.targetName} has no ${kind.toLowerCase()} mapping`);
    return { run: finish(ctx, work), scope: null };
  }
  if (!rules.mapping.enabled) {
    const phase = new PhaseBuilder('import').decide(`${kind} object mapping`, 'fail', `"${rules.mapping.name}" is disabled.`);
    work.phases.push(phase.end('skipped', 'Mapping disabled'));
    skip(work, 'EntrySynchronizationSkipped', `The ${kind} object mapping is disabled, so ${kind}s are not provisioned.`, `Nothing would be sent: the ${kind.toLowerCase()} mapping is disabled`);
    return { run: finish(ctx, work), scope: null };
  }
  const probe = sourceObjectOf(ctx.directory, kind, id);
  if (!probe) return { run: await hardDeleted(ctx, work, rules), scope: null };

  const scope = evaluateScope(ctx.directory, kind, id, probe, rules.mapping.scope, ctx.options);
  const source = kind === 'User' ? sourceObjectOf(ctx.directory, kind, id, !scope.inScope)! : probe;
  work.phases.push(importPhase(ctx, work, rules, source));
  const existing = ctx.state.links[id];

  if (!existing) {
    const outcomes = rules.compiled.evaluate(source, { operation: 'create', ...(ctx.options.env ? { env: ctx.options.env } : {}) });
    const values = matchingValues(rules, outcomes);
    if (values.length > 0 && values.every((v) => v.value === null)) {
      work.phases[0]!.status = 'skipped';
      work.phases[0]!.summary = 'Every matching value is null';
      work.phases[0]!.decisions.push({ label: 'Matching values', result: 'fail', detail: `${values.map((v) => v.name).join(', ')}: all null.` });
      skip(work, 'ImportSkipped', `${kind} '${work.reportable}' was skipped at import: every matching attribute (${values.map((v) => v.name).join(', ')}) is null.`, `Skipped at import: every matching value is null (ImportSkipped)${kind === 'Group' ? '; its members are not sent either' : ''}`, 'Give the object a value for a matching attribute, or match on an attribute every object has.');
      return { run: finish(ctx, work), scope: null };
    }
    work.phases.push(scopePhase(work, scope));
    if (!scope.inScope) {
      work.phases.push(new PhaseBuilder('match').decide('Matching', 'info', 'Not queried: the object is out of scope and was never provisioned.').end('skipped', 'Not queried'));
      const acting = new PhaseBuilder('action').decide('Skip', 'info', scope.reason ?? 'Out of scope');
      work.phases.push(acting.end('skipped', 'Skipped'));
      skip(work, 'EntrySynchronizationSkipped', `${scope.reason}. No change was exported.`, `Nothing sent: ${scope.reason}`, 'If it should be provisioned, assign it (directly or through a direct membership of an assigned group) and check the scoping filters.');
      actionStep(work, 'EntrySynchronizationSkip', `${kind} '${work.reportable}' will be skipped (${scope.reason})`);
      work.steps.action!.details['SkipReason'] = scope.active ? 'NotEffectivelyEntitled' : 'NotActive';
      return { run: finish(ctx, work), scope };
    }
    const matched = await matchPhase(ctx, work, rules, outcomes);
    work.phases.push(matched.phase);
    if (matched.failed) return { run: finish(ctx, work), scope };
    const acting = new PhaseBuilder('action');
    if (matched.target) {
      work.targetId = String(matched.target['id']);
      work.target = matched.target;
      await update(ctx, work, rules, source, matched.target, acting, scope.managed);
      return { run: finish(ctx, work), scope };
    }
    if (!rules.create) {
      skip(work, 'EntrySynchronizationSkipped', 'The Create action is off for this object mapping, so new objects are not created.', `Nothing sent: no match in ${ctx.targetName} and the Create action is off`);
      actionStep(work, 'EntrySynchronizationSkip', `${kind} '${work.reportable}' will be skipped (Create is not a target object action)`);
      work.phases.push(acting.end('skipped', 'Create action off'));
      return { run: finish(ctx, work), scope };
    }
    await create(ctx, work, rules, source, acting, scope.managed);
    return { run: finish(ctx, work), scope };
  }

  // Linked: read by id, then update, or deprovision when out of scope.
  work.phases.push(scopePhase(work, scope));
  const matched = await matchPhase(ctx, work, rules, []);
  work.phases.push(matched.phase);
  if (matched.failed || !matched.target) return { run: finish(ctx, work), scope };
  work.target = matched.target;
  const acting = new PhaseBuilder('action');
  if (scope.inScope) await update(ctx, work, rules, source, matched.target, acting, true);
  else await deprovision(ctx, work, rules, scope, matched.target, acting);
  return { run: finish(ctx, work), scope };
}
