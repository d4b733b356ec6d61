import { encodeValue } from '../expressions';
import { ODATA_TYPE_USER } from '../graph/group';
import { filterLiteral, isListResponse, PhaseBuilder, send, type CycleContext } from './cycle-context';
import { httpFailure, serviceIncompatible } from './failures';
import { buildMemberAdd, buildMemberRemove, buildPatch } from './patch-ops';
import { sourceObjectOf } from './source-view';
import type { ObjectRun, Phase } from './types';

const MANAGER_TARGET = /(^|:)manager(\.value)?$/i;

function actionPhase(run: ObjectRun): Phase | undefined {
  const last = run.phases[run.phases.length - 1];
  return last?.name === 'action' ? last : undefined;
}

/** Appends to an object's finished action phase: references are exported after the object itself. */
function phaseOf(run: ObjectRun): PhaseBuilder {
  return new PhaseBuilder(actionPhase(run)!);
}

function failRun(run: ObjectRun, error: ObjectRun['error'], verdict: string): void {
  run.status = 'failure';
  run.error = error;
  run.verdict = verdict;
  const phase = actionPhase(run);
  if (phase) phase.status = 'failure';
}

/**
 * The manager, in its own request after both users exist (§4.12 item 38): Entra asks whether the
 * target already has it, then PATCHes `manager`. A manager Entra has not provisioned gets no reference.
 */
export async function exportManager(ctx: CycleContext, run: ObjectRun): Promise<void> {
  const rules = ctx.rules.User;
  if (!rules || run.kind !== 'User' || !run.targetId || run.status === 'failure' || !actionPhase(run)) return;
  const index = rules.compiled.attributes.findIndex((a) => MANAGER_TARGET.test(a.mapping.targetAttributeName));
  if (index === -1) return;
  const source = sourceObjectOf(ctx.directory, 'User', run.sourceId);
  if (!source) return;
  const outcome = rules.compiled.evaluate(source, { operation: 'update' })[index]!;
  const targetName = outcome.targetAttributeName;
  const landing = run.attributes.find((a) => a.targetAttributeName === targetName);
  const phase = phaseOf(run);
  if (outcome.status !== 'value') {
    if (landing) landing.status = 'skipped-null';
    return;
  }
  const managerId = String(encodeValue(outcome.value ?? null));
  const managerLink = ctx.state.links[managerId];
  const managerName = ctx.directory.users.get(managerId)?.displayName ?? managerId;
  if (!managerLink) {
    phase.decide('Manager', 'info', `${managerName} has no target object (not provisioned or out of scope), so no manager reference is sent.`);
    if (landing) Object.assign(landing, { status: 'reference', note: `Manager ${managerName} is not provisioned: no reference sent.` });
    return;
  }
  const path = run.targetObject && run.targetId === '(dry run)' ? null : run.targetId;
  if (!path) return;
  const probe = await send(ctx, phase, 'Ask whether the manager is already set', {
    method: 'GET',
    path: `/Users?filter=${encodeURIComponent(`id eq ${filterLiteral(run.targetId)} and manager eq ${filterLiteral(managerLink.targetId)}`)}`,
  });
  if (!probe.ok) return failRun(run, probe.error, `Failed: the manager query could not reach ${ctx.targetName}`);
  if (probe.response?.status === 400) {
    // Decision: a target that cannot filter on manager (it answers 400) cannot say whether it is set, so the PATCH follows.
    phase.decide('Manager query', 'info', `${ctx.targetName} cannot answer the manager query (HTTP 400), so the manager is sent.`);
  } else if (probe.response) {
    if (probe.response.status !== 200) return failRun(run, httpFailure(probe.response.status, probe.response.body, ctx.targetName, 'User', 'querying the manager of'), `Failed: ${ctx.targetName} answered ${probe.response.status} to the manager query`);
    if (!isListResponse(probe.response.body)) return failRun(run, serviceIncompatible(ctx.targetName, 200, probe.response.body, 'a SCIM ListResponse'), `Failed: the manager query did not return a ListResponse`);
    if ((probe.response.body.totalResults ?? 0) > 0) {
      phase.decide('Manager', 'pass', `${ctx.targetName} already has ${managerName} as manager.`);
      if (landing) Object.assign(landing, { status: 'unchanged', landed: managerLink.targetId });
      return;
    }
  }
  const hadManager = run.targetObject ? JSON.stringify(run.targetObject).includes('"manager"') : false;
  const body = buildPatch([{ path: targetName, value: { value: managerLink.targetId }, hadValue: hadManager }], ctx.options.dialect);
  const sent = await send(ctx, phase, 'Set the manager', { method: 'PATCH', path: `/Users/${encodeURIComponent(run.targetId)}`, body });
  if (!sent.ok) return failRun(run, sent.error, `Failed: the manager could not be set in ${ctx.targetName}`);
  if (sent.response && (sent.response.status < 200 || sent.response.status >= 300)) {
    return failRun(run, httpFailure(sent.response.status, sent.response.body, ctx.targetName, 'User', 'setting the manager of'), `Failed: ${ctx.targetName} answered ${sent.response.status} to the manager update`);
  }
  if (sent.response && typeof sent.response.body === 'object' && sent.response.body && 'id' in sent.response.body) run.targetObject = sent.response.body as Record<string, unknown>;
  phase.decide('Manager', 'info', `Manager set to ${managerName} (${managerLink.targetId}).`);
  if (landing) Object.assign(landing, { status: 'sent', landed: managerLink.targetId });
  run.modifiedProperties.push({ displayName: targetName, oldValue: null, newValue: managerLink.targetId });
  ctx.state.links[run.sourceId] = { ...ctx.state.links[run.sourceId]!, lastExported: { ...ctx.state.links[run.sourceId]!.lastExported, [targetName]: managerLink.targetId } };
  if (run.action === 'other' && run.status === 'skipped') {
    run.action = 'update';
    run.status = 'success';
    run.error = null;
    run.verdict = `Would be updated in ${ctx.targetName}: manager`;
    actionPhase(run)!.status = 'success';
  }
}

/**
 * Memberships after the objects (§4.12 item 39): members are referenced by their target ids, several
 * per PATCH; members without a target object are not sent and are reported (reference failures).
 * Entra's state says which members it exported; a group matched (not created) is probed per member.
 */
export async function exportMembers(ctx: CycleContext, run: ObjectRun, pickedMemberIds: readonly string[], matchedNow: boolean): Promise<void> {
  if (run.kind !== 'Group' || !run.targetId || run.status === 'failure' || !actionPhase(run)) return;
  const rules = ctx.rules.Group;
  if (!rules || !rules.compiled.attributes.some((a) => /^members$/i.test(a.mapping.targetAttributeName))) return;
  const group = ctx.directory.groups.get(run.sourceId);
  if (!group) return;
  const phase = phaseOf(run);
  const link = ctx.state.links[run.sourceId];
  const exported = new Set(Array.isArray(link?.lastExported['members']) ? (link!.lastExported['members'] as string[]) : []);
  const currentIds = new Set(group.members.filter((m) => m['@odata.type'] === ODATA_TYPE_USER).map((m) => m.id));
  const toAdd: string[] = [];
  const notSent: string[] = [];
  for (const memberId of pickedMemberIds) {
    if (!currentIds.has(memberId)) continue;
    const memberLink = ctx.state.links[memberId];
    const name = ctx.directory.users.get(memberId)?.displayName ?? memberId;
    if (!memberLink || memberLink.targetId === '(dry run)') {
      if (!memberLink) {
        notSent.push(name);
        continue;
      }
    }
    if (exported.has(memberLink.targetId)) continue;
    if (matchedNow) {
      const probe = await send(ctx, phase, `Is ${name} already a member?`, {
        method: 'GET',
        path: `/Groups?filter=${encodeURIComponent(`id eq ${filterLiteral(run.targetId)} and members eq ${filterLiteral(memberLink.targetId)}`)}&excludedAttributes=members`,
      });
      if (probe.ok && probe.response?.status === 200 && isListResponse(probe.response.body) && (probe.response.body.totalResults ?? 0) > 0) {
        exported.add(memberLink.targetId);
        continue;
      }
    }
    toAdd.push(memberLink.targetId);
  }
  const byTarget = new Map(Object.values(ctx.state.links).map((l) => [l.targetId, l]));
  const toRemove = [...exported].filter((targetId) => {
    const member = byTarget.get(targetId);
    return !member || !currentIds.has(member.sourceId);
  });
  for (const name of notSent) phase.decide(`Member ${name}`, 'fail', 'No target object (not provisioned or out of scope): the membership is not sent (a reference failure in Entra\'s log).');
  const dialect = ctx.options.dialect;
  if (toAdd.length) {
    const sent = await send(ctx, phase, `Add ${toAdd.length} member${toAdd.length === 1 ? '' : 's'}`, { method: 'PATCH', path: `/Groups/${encodeURIComponent(run.targetId)}`, body: buildMemberAdd(toAdd, dialect) });
    if (!sent.ok) return failRun(run, sent.error, `Failed: members could not be added in ${ctx.targetName}`);
    if (sent.response && (sent.response.status < 200 || sent.response.status >= 300)) return failRun(run, httpFailure(sent.response.status, sent.response.body, ctx.targetName, 'Group', 'adding members to'), `Failed: ${ctx.targetName} answered ${sent.response.status} to the member update`);
    for (const id of toAdd) exported.add(id);
    run.modifiedProperties.push({ displayName: 'members', oldValue: null, newValue: toAdd.join(', ') });
  }
  if (toRemove.length) {
    const sent = await send(ctx, phase, `Remove ${toRemove.length} member${toRemove.length === 1 ? '' : 's'}`, { method: 'PATCH', path: `/Groups/${encodeURIComponent(run.targetId)}`, body: buildMemberRemove(toRemove, dialect) });
    if (!sent.ok) return failRun(run, sent.error, `Failed: members could not be removed in ${ctx.targetName}`);
    if (sent.response && (sent.response.status < 200 || sent.response.status >= 300)) return failRun(run, httpFailure(sent.response.status, sent.response.body, ctx.targetName, 'Group', 'removing members from'), `Failed: ${ctx.targetName} answered ${sent.response.status} to the member update`);
    for (const id of toRemove) exported.delete(id);
    run.modifiedProperties.push({ displayName: 'members', oldValue: toRemove.join(', '), newValue: null });
  }
  if (link) ctx.state.links[run.sourceId] = { ...link, lastExported: { ...link.lastExported, members: [...exported] } };
  const parts = [toAdd.length ? `${toAdd.length} member${toAdd.length === 1 ? '' : 's'} added` : '', toRemove.length ? `${toRemove.length} removed` : '', notSent.length ? `${notSent.length} not sent (no target object)` : ''].filter(Boolean);
  if (parts.length) {
    phase.decide('Members', 'info', parts.join('; '));
    run.verdict = `${run.verdict}; ${parts.join('; ')}`;
    if ((toAdd.length || toRemove.length) && run.status === 'skipped' && run.error?.errorCode === 'RedundantExport') {
      run.status = 'success';
      run.error = null;
      run.action = 'update';
      actionPhase(run)!.status = 'success';
      run.verdict = `Would be updated in ${ctx.targetName}: ${parts.join('; ')}`;
    }
  }
  const members = run.attributes.find((a) => /^members$/i.test(a.targetAttributeName));
  const scopeNote = `Only the members this run processed (${pickedMemberIds.length}, as provision on demand takes at most five) are exported; others are left as they are.`;
  if (members) Object.assign(members, { status: toAdd.length || toRemove.length ? 'sent' : 'unchanged', landed: [...exported], note: `${parts.join('; ') || 'No membership change.'} ${scopeNote}` });
}
