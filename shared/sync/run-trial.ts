import { AppError } from '../errors';
import { ODATA_TYPE_USER } from '../graph/group';
import type { ObjectMapping, SynchronizationRule } from '../graph/synchronization';
import type { EvaluationEnvironment } from '../expressions';
import type { SnapshotJob } from '../snapshot/schema';
import { objectRules, type CycleContext, type ObjectRules } from './cycle-context';
import { runObjectCycle } from './object-cycle';
import { buildTrialRecord } from './records';
import { exportManager, exportMembers } from './references';
import { applyScenario } from './scenarios';
import { evaluateScope } from './scope';
import type { SourceDirectory } from './source-directory';
import { sourceObjectOf } from './source-view';
import { RecordingClient, type ScimTransport } from './transport';
import type { Dialect, EntraState, ObjectKind, ObjectRun, Scenario, TrialRun } from './types';

/** Entra's state is plain JSON; runs work on a copy so the caller's stays as it was. */
function cloneState(state: EntraState): EntraState {
  return JSON.parse(JSON.stringify(state)) as EntraState;
}

/** Provision on demand takes a group with at most five of its members. */
export const MAX_GROUP_MEMBERS = 5;

export type TrialSubject = { kind: 'User'; id: string } | { kind: 'Group'; id: string; memberIds?: readonly string[] | undefined };

export interface TrialInput {
  tenantId: string;
  app: { id: string; appId: string; displayName: string };
  job: SnapshotJob;
  directory: SourceDirectory;
  subject: TrialSubject;
  scenario: Scenario;
  /** Entra's state for this app and target before the run; the run returns the new one. */
  state: EntraState;
  transport: ScimTransport;
  target: TrialRun['target'];
  options: {
    dialect: Dialect;
    dryRun: boolean;
    now: Date;
    newId: () => string;
    /** Treat Default Access as no role (configurations from before 2020-04-16). */
    legacyDefaultAccess?: boolean;
    clock?: () => number;
    env?: Partial<EvaluationEnvironment>;
  };
}

const isGroupMapping = (m: ObjectMapping) => /group$/i.test(m.sourceObjectName);

export function setting(job: SnapshotJob, name: RegExp): boolean {
  return (job.synchronizationJobSettings ?? []).some((s) => name.test(s.name) && /^true$/i.test(s.value ?? ''));
}

/** The rule Entra runs for an app: its first synchronization rule (the one provision on demand's ruleId names). */
function ruleOf(job: SnapshotJob): SynchronizationRule {
  const rule = job.schema.synchronizationRules[0];
  if (!rule) throw new AppError('NOT_FOUND', 'The provisioning job has no synchronization rule, so there is nothing to run. Read the app again or import its schema.');
  return rule;
}

export function rulesOf(job: SnapshotJob): Partial<Record<ObjectKind, ObjectRules>> {
  const rule = ruleOf(job);
  const target = job.schema.directories.find((d) => d.name === rule.targetDirectoryName) ?? job.schema.directories.find((d) => d.name !== rule.sourceDirectoryName);
  const out: Partial<Record<ObjectKind, ObjectRules>> = {};
  for (const mapping of rule.objectMappings) {
    const kind: ObjectKind = isGroupMapping(mapping) ? 'Group' : 'User';
    if (out[kind]) continue;
    const object = target?.objects.find((o) => o.name.toLowerCase() === mapping.targetObjectName.toLowerCase());
    out[kind] = objectRules(mapping, object?.attributes ?? []);
  }
  return out;
}

/** The group's members a run provisions: the ones picked, else the first five direct user members in scope. */
function pickMembers(ctx: CycleContext, groupId: string, picked: readonly string[] | undefined): string[] {
  const group = ctx.directory.groups.get(groupId);
  if (!group) return [];
  const users = group.members.filter((m) => m['@odata.type'] === ODATA_TYPE_USER).map((m) => m.id);
  if (picked && picked.length) {
    if (picked.length > MAX_GROUP_MEMBERS) throw new AppError('BAD_REQUEST', `Provision on demand takes at most ${MAX_GROUP_MEMBERS} members of a group; ${picked.length} were picked.`);
    for (const id of picked) if (!users.includes(id)) throw new AppError('BAD_REQUEST', `${ctx.directory.users.get(id)?.displayName ?? id} is not a direct member of ${group.displayName ?? groupId}.`);
    return [...picked];
  }
  // A group Entra already provisioned keeps the members it exported, so a story stays about the same people.
  const link = ctx.state.links[groupId];
  const exported = Array.isArray(link?.lastExported['members']) ? (link!.lastExported['members'] as string[]) : [];
  if (exported.length) {
    const bySourceTarget = new Map(Object.values(ctx.state.links).map((l) => [l.targetId, l.sourceId]));
    const known = exported.map((targetId) => bySourceTarget.get(targetId)).filter((sourceId): sourceId is string => !!sourceId && users.includes(sourceId));
    if (known.length) return known.slice(0, MAX_GROUP_MEMBERS);
  }
  const rules = ctx.rules.User;
  const inScope = users.filter((id) => {
    const source = sourceObjectOf(ctx.directory, 'User', id);
    return source && evaluateScope(ctx.directory, 'User', id, source, rules?.mapping.scope, ctx.options).inScope;
  });
  return inScope.slice(0, MAX_GROUP_MEMBERS);
}

/** Groups Entra has provisioned whose membership of this user changed in the source. */
function groupsTouchedBy(ctx: CycleContext, before: SourceDirectory, userId: string): string[] {
  const out: string[] = [];
  for (const link of Object.values(ctx.state.links)) {
    if (link.kind !== 'Group') continue;
    const was = before.groups.get(link.sourceId)?.members.some((m) => m.id === userId) ?? false;
    const is = ctx.directory.groups.get(link.sourceId)?.members.some((m) => m.id === userId) ?? false;
    if (was !== is) out.push(link.sourceId);
  }
  return out;
}

/**
 * Runs Entra's provisioning cycle for one user, or one group with up to five members, against a SCIM
 * target: Import → Scope → Match → Action for every object, then references (manager, members),
 * recording every request. The input state is not modified; the run carries the new one.
 */
export async function runTrial(input: TrialInput): Promise<TrialRun> {
  const clock = input.options.clock ?? (() => Date.now());
  const started = clock();
  const client = new RecordingClient(input.transport, input.options.dryRun, clock);
  const { directory, changes } = applyScenario(input.directory, input.subject, input.scenario, input.options.now);
  const job = input.job;
  const ctx: CycleContext = {
    client,
    state: cloneState(input.state),
    directory,
    rules: rulesOf(job),
    targetName: input.app.displayName,
    clock,
    options: {
      dialect: input.options.dialect,
      now: input.options.now,
      syncAll: setting(job, /^SyncAll$/i),
      skipOutOfScopeDeletions: setting(job, /SkipOutOfScopeDeletions/i),
      legacyDefaultAccess: input.options.legacyDefaultAccess ?? false,
      ...(input.options.env ? { env: input.options.env } : {}),
    },
  };
  const objects: ObjectRun[] = [];
  const runUser = async (id: string) => {
    const { run, scope } = await runObjectCycle(ctx, 'User', id);
    // References only for a user in scope: a disabled or unassigned user gets its `active` PATCH and nothing else (§4.5, §4.12 item 36).
    if (scope?.inScope) await exportManager(ctx, run);
    objects.push(run);
    return run;
  };
  const runGroup = async (id: string, memberIds: readonly string[]) => {
    const wasLinked = !!ctx.state.links[id];
    const { run, scope } = await runObjectCycle(ctx, 'Group', id);
    // Memberships only for a group in scope: a group that left scope was deleted (or left alone), so there is nothing to PATCH (§4.12 item 39).
    if (scope?.inScope) await exportMembers(ctx, run, memberIds, !wasLinked && run.action !== 'create');
    objects.push(run);
    return run;
  };

  let subjectName: string;
  if (input.subject.kind === 'User') {
    const userId = input.subject.id;
    subjectName = input.directory.users.get(userId)?.displayName ?? input.directory.users.get(userId)?.userPrincipalName ?? userId;
    await runUser(userId);
    for (const groupId of groupsTouchedBy(ctx, input.directory, userId)) await runGroup(groupId, [userId]);
  } else {
    const groupId = input.subject.id;
    subjectName = input.directory.groups.get(groupId)?.displayName ?? groupId;
    const picked = [...(input.subject.memberIds ?? [])];
    if (input.scenario.name === 'group-add') {
      const joined = directory.groups.get(groupId)?.members.find((m) => !input.directory.groups.get(groupId)?.members.some((x) => x.id === m.id));
      if (joined && !picked.includes(joined.id)) picked.push(joined.id);
    }
    const chosen = directory.groups.has(groupId) ? pickMembers(ctx, groupId, input.subject.memberIds?.length ? picked : undefined) : [];
    // The members picked (and the one who just joined) come first, so the cap of five never drops them.
    const members = [...picked, ...chosen.filter((id) => !picked.includes(id))].slice(0, MAX_GROUP_MEMBERS);
    // A provisioned user who left the group is processed too: assigned only through it, Entra now disables them.
    const left = (input.directory.groups.get(groupId)?.members ?? []).filter((m) => ctx.state.links[m.id] && !directory.groups.get(groupId)?.members.some((x) => x.id === m.id)).map((m) => m.id);
    // Users first, then the group, then memberships (§4.12 item 39).
    for (const memberId of [...left, ...members]) await runUser(memberId);
    await runGroup(groupId, members);
  }

  const cycleId = input.options.newId();
  const records = input.options.dryRun
    ? []
    : objects.map((run) =>
        buildTrialRecord(run, {
          tenantId: input.tenantId,
          jobId: job.id,
          cycleId,
          servicePrincipal: input.app,
          targetName: input.app.displayName,
          activityDateTime: input.options.now.toISOString(),
          newId: input.options.newId,
        }),
      );
  const subjectRun = objects.find((o) => o.sourceId === input.subject.id) ?? objects[objects.length - 1];
  const failed = objects.filter((o) => o.status === 'failure');
  const others = objects.filter((o) => o !== subjectRun);
  const othersLine =
    others.length === 0
      ? ''
      : input.subject.kind === 'Group'
        ? `${others.length} member${others.length === 1 ? '' : 's'} processed first${failed.length ? `, ${failed.length} failed` : ''}`
        : `${others.length} group${others.length === 1 ? '' : 's'} updated for the membership change${failed.length ? `, ${failed.length} failed` : ''}`;
  const verdict = [subjectRun?.verdict ?? 'Nothing was processed', othersLine].filter(Boolean).join('. ');
  return {
    id: cycleId,
    startedAt: input.options.now.toISOString(),
    durationMs: Math.round((clock() - started) * 100) / 100,
    scenario: input.scenario,
    dialect: input.options.dialect,
    dryRun: input.options.dryRun,
    target: input.target,
    subject: { kind: input.subject.kind, id: input.subject.id, displayName: subjectName },
    sourceChanges: changes,
    objects,
    exchanges: client.exchanges,
    status: failed.length ? 'failure' : 'success',
    verdict,
    records,
    state: input.options.dryRun ? cloneState(input.state) : ctx.state,
  };
}
