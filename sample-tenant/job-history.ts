import type { ModifiedProperty, ProvisioningObjectSummary } from '../shared/graph/provisioning-log';
import { earlierValue, isChangeable } from './attribute-changes';
import { activityFactor, poisson } from './cycle-rhythm';
import { formerSubject, jobPopulation, unassigned } from './job-population';
import type { ErrorKey } from './log-errors';
import type { LogEvent } from './log-events';
import { buildRecord } from './log-records';
import type { GroupSubject, JobLogContext, UserSubject } from './log-subjects';
import { FORMER_EMPLOYEES } from './people';
import { createRandom, hash128, stableGuid } from './random';
import type { FullCycleOutcome, SampleApp, SampleDirectory, SampleProvisioning } from './sample-app';
import { mappedValue } from './mapped-values';
import { userSourceValues } from './source-values';
import { targetId } from './target-ids';
import { DAY, HOUR, MINUTE } from './time';

/** Days of provisioning logs the sample holds (the premium retention). */
export const LOG_WINDOW_DAYS = 30;
const CYCLE_INTERVAL = 40 * MINUTE;

export interface CycleSummary {
  cycleId: string;
  beganMs: number;
  endedMs: number;
  imported: number;
  exported: number;
  escrowed: number;
  /** The whole cycle failed (quarantine). */
  error: ErrorKey | null;
}

export interface JobHistory {
  records: ProvisioningObjectSummary[];
  cycles: CycleSummary[];
  provisionedUsers: number;
  provisionedGroups: number;
  assignedUsers: number;
}

interface Scheduled {
  atMs: number;
  events: () => LogEvent[];
}

/** Replays 30 days of an app's provisioning cycles into log records and per-cycle counts. */
export function simulateJob(app: SampleApp, provisioning: SampleProvisioning, directory: SampleDirectory, tenantId: string): JobHistory {
  const random = createRandom(`sample-logs:${app.key}`);
  const story = provisioning.story;
  const nowMs = directory.now.getTime();
  const population = jobPopulation(app, provisioning, directory);
  const { groupMapping, userMappings, subjects, provisioned, provisionedIds, outOfScope, assignedOutOfScope, groupSubjects, assignedGroups, since } = population;
  let cycleMs = 0;
  /** A random object among `pool` that was already provisioned at the current cycle (null if none after a few tries). */
  const pickLive = <T extends UserSubject | GroupSubject>(pool: readonly T[]): T | null => {
    for (let attempt = 0; attempt < 6 && pool.length > 0; attempt++) {
      const candidate = random.pick(pool);
      const id = 'group' in candidate ? candidate.group.id : candidate.user.id;
      if ((since.get(id) ?? 0) <= cycleMs) return candidate;
    }
    return null;
  };
  const ctx: JobLogContext = {
    tenantId,
    jobId: provisioning.jobId,
    servicePrincipal: { id: app.servicePrincipal.id, displayName: app.servicePrincipal.displayName ?? app.key, appId: app.servicePrincipal.appId },
    targetSystemId: provisioning.schema.directories[1]?.id ?? stableGuid('directory', app.key),
    targetName: app.servicePrincipal.displayName ?? app.key,
    userMappings,
    groupMappings: groupMapping?.attributeMappings ?? [],
    targetIdFor: (objectId) => targetId(provisioning.targetIdStyle, app.key, objectId),
  };

  const windowStart = nowMs - LOG_WINDOW_DAYS * DAY;
  const startMs = Math.max(nowMs - story.startDaysAgo * DAY, windowStart);
  const stopMs = story.stopDaysAgo !== undefined ? nowMs - story.stopDaysAgo * DAY : nowMs;
  const quarantineMs = story.quarantine ? nowMs - story.quarantine.daysAgo * DAY : Number.POSITIVE_INFINITY;
  const scheduleEndMs = Math.min(stopMs, quarantineMs, nowMs);

  // ------------------------------------------------------------ event makers
  const activeMapping = userMappings.find((mapping) => mapping.targetAttributeName === 'active');
  const managerMapped = userMappings.some((mapping) => mapping.source?.name === 'manager');
  const matchingAttribute = [...userMappings]
    .filter((mapping) => mapping.matchingPriority > 0)
    .sort((a, b) => a.matchingPriority - b.matchingPriority)[0]?.source?.name;

  const orphans = managerMapped ? provisioned.filter((subject) => subject.user.manager && !provisionedIds.has(subject.user.manager.id)) : [];
  const missingMatchingValue = matchingAttribute ? subjects.filter((subject) => subject.assigned && subject.values[matchingAttribute] == null) : [];
  const eligibleFor = new Map((story.failures ?? []).map((spec) => [spec, spec.eligible ? provisioned.filter((subject) => spec.eligible?.(subject.user)) : provisioned]));

  const changeable = userMappings.filter((mapping) => mapping.source?.type === 'Attribute' && isChangeable(mapping.source.name ?? ''));
  const changesFor = (subject: UserSubject): ModifiedProperty[] => {
    const first = changeable.length > 0 ? random.int(0, changeable.length - 1) : 0;
    for (let i = 0; i < changeable.length; i++) {
      const mapping = changeable[(first + i) % changeable.length];
      if (!mapping) continue;
      const attribute = mapping.source?.name ?? '';
      if (attribute === 'manager') {
        const managerId = subject.user.manager?.id;
        if (!managerId || !provisionedIds.has(managerId)) continue;
        const previous = random.pick(provisioned).user.id;
        if (previous === managerId) continue;
        return [{ displayName: mapping.targetAttributeName, oldValue: ctx.targetIdFor(previous), newValue: ctx.targetIdFor(managerId) }];
      }
      const current = mappedValue(mapping, subject.values, 'update');
      if (current === null) continue;
      const before = earlierValue(attribute, current, random);
      if (before !== null && before !== current) return [{ displayName: mapping.targetAttributeName, oldValue: before, newValue: current }];
    }
    return [];
  };

  const outcomeEvent = (subject: UserSubject, outcome: FullCycleOutcome): LogEvent => {
    switch (outcome.kind) {
      case 'create':
        return { kind: 'create', subject };
      case 'redundant':
        return { kind: 'skip', subject, reason: 'redundant' };
      case 'fail':
        return outcome.action === 'create'
          ? { kind: 'create', subject, failure: failureOf(outcome.error, outcome.attr) }
          : { kind: 'update', subject, changes: changesFor(subject), failure: failureOf(outcome.error, outcome.attr) };
    }
  };

  const disableEvent = (subject: UserSubject): LogEvent => {
    if (!activeMapping) return { kind: 'skip', subject, reason: 'redundant' };
    const before = mappedValue(activeMapping, userSourceValues(subject.user, false), 'update') ?? 'True';
    const after = mappedValue(activeMapping, subject.values, 'update') ?? 'True';
    // An `active` not derived from IsSoftDeleted (Fabrikam's mistake) never changes: nothing is disabled.
    if (before === after) return { kind: 'skip', subject, reason: 'redundant' };
    return { kind: 'disable', subject, changes: [{ displayName: 'active', oldValue: before, newValue: after }] };
  };

  const routineEvent = (): LogEvent | null => {
    const kind = random.weighted(story.routine);
    switch (kind) {
      case 'update': {
        const subject = pickLive(provisioned);
        if (!subject) return null;
        const changes = changesFor(subject);
        return changes.length > 0 ? { kind: 'update', subject, changes } : { kind: 'skip', subject, reason: 'redundant' };
      }
      case 'skipRedundant': {
        const subject = pickLive(provisioned);
        return subject ? { kind: 'skip', subject, reason: 'redundant' } : null;
      }
      case 'skipOutOfScope': {
        const pool = assignedOutOfScope.length > 0 && random.chance(0.6) ? assignedOutOfScope : outOfScope;
        const subject = random.pick(pool);
        const reason = !subject.assigned ? 'notAssigned' : !subject.active ? 'inactive' : 'scopingFilter';
        return { kind: 'skip', subject, reason };
      }
      case 'groupMembers': {
        if (groupSubjects.length === 0) return null;
        const subject = pickLive(groupSubjects);
        if (!subject) return null;
        const members = subject.group.members.filter((member) => provisionedIds.has(member.id));
        if (members.length === 0) return null;
        const member = random.pick(members);
        const added = random.chance(0.75);
        const memberTargetId = ctx.targetIdFor(member.id);
        return {
          kind: 'groupUpdate',
          subject,
          reason: `Group membership changed in Azure Active Directory: ${member.displayName ?? member.id} ${added ? 'added' : 'removed'}`,
          changes: [{ displayName: 'members', oldValue: added ? null : memberTargetId, newValue: added ? memberTargetId : null }],
        };
      }
      case 'failure': {
        const failures = story.failures ?? [];
        if (failures.length === 0) return null;
        const spec = random.weighted(failures.map((failure) => [failure, failure.weight] as const));
        if (spec.object === 'Group') {
          const group = pickLive(groupSubjects);
          return group ? { kind: 'groupFailure', subject: group, error: spec.error } : null;
        }
        const eligible = eligibleFor.get(spec) ?? [];
        const subject = pickLive(eligible);
        if (!subject) return null;
        const failure = failureOf(spec.error, spec.attr);
        return spec.action === 'create' ? { kind: 'create', subject, failure } : { kind: 'update', subject, changes: changesFor(subject), failure };
      }
      case 'warning': {
        if (orphans.length === 0) return null;
        const subject = pickLive(orphans);
        if (!subject) return null;
        const manager = subject.user.manager;
        return manager ? { kind: 'managerWarning', subject, manager: { id: manager.id, displayName: manager.displayName ?? manager.id } } : null;
      }
      case 'importSkipped': {
        if (!matchingAttribute || missingMatchingValue.length === 0) return null;
        return { kind: 'importSkipped', subject: random.pick(missingMatchingValue), matchingAttribute };
      }
    }
  };

  // ------------------------------------------------------------ scheduled events
  const scheduled: Scheduled[] = [];
  const createOutcome = story.createOutcome ?? (() => ({ kind: 'create' }) as const);
  for (const subject of provisioned) {
    const createdMs = Date.parse(subject.user.createdDateTime ?? '');
    if (createdMs > startMs && createdMs < scheduleEndMs) {
      scheduled.push({ atMs: createdMs + 20 * MINUTE, events: () => [outcomeEvent(subject, createOutcome(subject.user))] });
    }
  }
  for (const subject of subjects) {
    if (!subject.assigned || subject.active) continue;
    const deletedMs = Date.parse(subject.user.deletedDateTime ?? '');
    const [word] = hash128(`${app.key}:${subject.user.id}`);
    const atMs = Number.isNaN(deletedMs) ? nowMs - (3 + (word % 24)) * DAY - (word % 11) * HOUR : deletedMs;
    if (atMs > startMs && atMs < scheduleEndMs) scheduled.push({ atMs, events: () => [disableEvent(subject)] });
  }
  if (story.fullCycle) {
    const full = story.fullCycle;
    const atMs = Math.max(nowMs - full.daysAgo * DAY, startMs);
    scheduled.push({
      atMs,
      events: () => [
        ...groupSubjects.flatMap((subject): LogEvent[] =>
          full.groups === 'create'
            ? [{ kind: 'groupCreate', subject }]
            : full.groups === 'update'
              ? [{ kind: 'groupUpdate', subject, reason: 'attribute mappings changed: description is now mapped', changes: [{ displayName: 'description', oldValue: null, newValue: subject.group.description ?? '' }] }]
              : [],
        ),
        ...provisioned.map((subject) => outcomeEvent(subject, full.user(subject.user))),
      ],
    });
  }
  // A group assigned inside the window: the group is created, then members who had no other assignment.
  for (const assignment of app.assignments) {
    const assignedMs = Date.parse(assignment.createdDateTime ?? '');
    const group = groupSubjects.find((subject) => subject.group.id === assignment.principalId);
    if (!group || !(assignedMs > startMs && assignedMs < scheduleEndMs)) continue;
    const coveredElsewhere = new Set<string>();
    for (const other of app.assignments) {
      if (other === assignment) continue;
      if (other.principalType === 'User') coveredElsewhere.add(other.principalId);
      const otherGroup = assignedGroups.find((candidate) => candidate.id === other.principalId);
      for (const member of otherGroup?.members ?? []) coveredElsewhere.add(member.id);
    }
    const newcomers = provisioned.filter((subject) => !coveredElsewhere.has(subject.user.id) && group.group.members.some((member) => member.id === subject.user.id));
    scheduled.push({
      atMs: assignedMs + 10 * MINUTE,
      events: () => [{ kind: 'groupCreate', subject: group }, ...newcomers.map((subject): LogEvent => ({ kind: 'create', subject }))],
    });
  }
  for (const former of FORMER_EMPLOYEES) {
    if (!former.apps.includes(app.key)) continue;
    const atMs = nowMs - former.purgedDaysAgo * DAY;
    if (atMs <= startMs || atMs >= scheduleEndMs) continue;
    const subject = formerSubject(former, nowMs, userMappings);
    scheduled.push({ atMs, events: () => [{ kind: 'delete', subject }] });
  }
  if (story.stagedDeletes) {
    const staged = story.stagedDeletes;
    const threshold = Number(provisioning.settings.find((setting) => setting.name === 'QuarantineTooManyDeletesThreshold')?.value ?? '500');
    scheduled.push({
      atMs: nowMs - staged.daysAgo * DAY,
      events: () =>
        random
          .shuffle(provisioned)
          .slice(0, staged.count)
          .map((subject): LogEvent => ({ kind: 'stagedDelete', subject: unassigned(subject, userMappings), threshold })),
    });
  }
  scheduled.sort((a, b) => a.atMs - b.atMs);

  // ------------------------------------------------------------ cycles
  const records: ProvisioningObjectSummary[] = [];
  const cycles: CycleSummary[] = [];
  const runCycle = (beganMs: number, events: LogEvent[], error: ErrorKey | null) => {
    const cycle = { cycleId: random.guid() };
    let atMs = beganMs + random.int(3_000, 9_000);
    let exported = 0;
    let escrowed = 0;
    for (const event of events) {
      const record = buildRecord(ctx, cycle, atMs, random, event);
      records.push(record);
      const status = record.provisioningStatusInfo.status;
      if (status === 'failure') escrowed++;
      else if ((status === 'success' || status === 'warning') && record.provisioningAction !== 'other') exported++;
      atMs += random.int(250, 2_600);
    }
    cycles.push({ cycleId: cycle.cycleId, beganMs, endedMs: atMs + random.int(4_000, 40_000), imported: events.length, exported, escrowed, error });
  };

  let next = 0;
  const phaseMs = windowStart + story.offsetMinutes * MINUTE;
  let slot = Math.ceil((startMs - phaseMs) / CYCLE_INTERVAL) * CYCLE_INTERVAL + phaseMs;
  for (; slot + 5 * MINUTE < scheduleEndMs; slot += CYCLE_INTERVAL) {
    const beganMs = slot + random.int(0, 90) * 1000;
    cycleMs = beganMs;
    const events: LogEvent[] = [];
    while (next < scheduled.length && (scheduled[next]?.atMs ?? Infinity) <= beganMs) events.push(...(scheduled[next++]?.events() ?? []));
    const count = poisson(random, story.eventsPerCycle * activityFactor(beganMs));
    for (let i = 0; i < count; i++) {
      const event = routineEvent();
      if (event) events.push(event);
    }
    runCycle(beganMs, events, null);
  }

  // The first scheduled cycle after the credentials broke fails; then Entra retries about once a day.
  if (story.quarantine) {
    const quarantine = story.quarantine;
    for (let beganMs = slot + random.int(0, 90) * 1000; beganMs + 10 * MINUTE < nowMs; beganMs += DAY) {
      const events = random
        .shuffle(provisioned)
        .slice(0, quarantine.failuresPerCycle)
        .map((subject): LogEvent => ({ kind: 'update', subject, changes: changesFor(subject), failure: failureOf(quarantine.error) }));
      runCycle(beganMs, events, quarantine.error);
    }
  }

  return {
    records,
    cycles,
    provisionedUsers: provisioned.length,
    provisionedGroups: groupSubjects.length,
    assignedUsers: population.assignedUserIds.size,
  };
}

function failureOf(error: ErrorKey, attr?: string): { error: ErrorKey; attr?: string } {
  return attr === undefined ? { error } : { error, attr };
}
