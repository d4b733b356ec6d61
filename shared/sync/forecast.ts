import type { EvaluationEnvironment } from '../expressions';
import { ODATA_TYPE_USER } from '../graph/group';
import { CompiledObjectMapping } from '../mapping/evaluate-mapping';
import type { SourceObject } from '../mapping/source-object';
import type { SnapshotJob } from '../snapshot/schema';
import type { CycleContext, ObjectRules } from './cycle-context';
import { engineError } from './failures';
import { b2bFinding, matchingKey, riskyFilterValue } from './forecast-checks';
import { forecastPopulation, type ForecastSubject } from './forecast-population';
import { quarantineForecast } from './forecast-quarantine';
import type { FindingCode, ForecastFinding, ForecastProgress, ForecastResult, ForecastRow, ForecastTargetKind, ForecastTotals, LogStatus } from './forecast-types';
import { matchingValues, runObjectCycle } from './object-cycle';
import { exportManager, exportMembers } from './references';
import { rulesOf, setting } from './run-trial';
import { evaluateScope } from './scope';
import type { SourceDirectory } from './source-directory';
import { sourceObjectOf } from './source-view';
import { RecordingClient, type ScimTransport } from './transport';
import type { Dialect, EntraState, ObjectKind, ObjectRun, TrialRun } from './types';

export interface ForecastInput {
  app: { id: string; appId: string; displayName: string };
  job: SnapshotJob;
  directory: SourceDirectory;
  /** The target: `emptyTargetTransport()`, or HTTP to the local endpoint or a URL (then `dryRun`). */
  transport: ScimTransport;
  target: TrialRun['target'] & { targetKind: ForecastTargetKind };
  options: {
    dialect: Dialect;
    /** GETs only: writes are recorded, not sent; created objects get no id. */
    dryRun: boolean;
    now: Date;
    newId: () => string;
    legacyDefaultAccess?: boolean;
    /** Objects in flight at once (HTTP targets); default 1. */
    concurrency?: number;
    clock?: () => number;
    env?: Partial<EvaluationEnvironment>;
    isCancelled?: () => boolean;
    /** Called every `progressEvery` objects and awaited (the caller may yield to its event loop there). */
    onProgress?: (progress: ForecastProgress) => void | Promise<void>;
    progressEvery?: number;
  };
}

/** What a forecast keeps besides its rows, to replay one object's timeline on demand. */
export interface ForecastOutcome {
  result: ForecastResult;
  /** Entra's state at the end of the cycle (target ids; "(dry run)" for objects a dry run would create). */
  state: EntraState;
  /** Object id → the other source objects sharing its matching value. */
  duplicates: Map<string, string[]>;
}

const DRY_RUN_ID = '(dry run)';

/** Objects that share one matching value with another object of their kind in scope (DuplicateSourceEntries). */
interface Prepared {
  matching: Map<string, { attribute: string; value: string }>;
  duplicates: Map<string, string[]>;
  findings: Map<string, ForecastFinding[]>;
}

function addFinding(findings: Map<string, ForecastFinding[]>, id: string, finding: ForecastFinding | null): void {
  if (!finding) return;
  const list = findings.get(id) ?? [];
  if (!list.some((f) => f.code === finding.code && f.message === finding.message)) list.push(finding);
  findings.set(id, list);
}

function cycleContext(input: ForecastInput, rules: Partial<Record<ObjectKind, ObjectRules>>, state: EntraState, clock: () => number): CycleContext {
  return {
    client: new RecordingClient(input.transport, input.options.dryRun, clock),
    state,
    directory: input.directory,
    rules,
    targetName: input.app.displayName,
    clock,
    options: {
      dialect: input.options.dialect,
      now: input.options.now,
      syncAll: setting(input.job, /^SyncAll$/i),
      skipOutOfScopeDeletions: setting(input.job, /SkipOutOfScopeDeletions/i),
      legacyDefaultAccess: input.options.legacyDefaultAccess ?? false,
      ...(input.options.env ? { env: input.options.env } : {}),
    },
  };
}

const matchingCache = new WeakMap<ObjectRules, { evaluate(source: SourceObject, env: Partial<EvaluationEnvironment> | undefined): Array<{ name: string; value: string | null }> }>();

/** The matching attributes alone, compiled once: the analysis evaluates them for every object before the cycle. */
function matchingOnly(rules: ObjectRules) {
  let cached = matchingCache.get(rules);
  if (!cached) {
    const mappings = rules.mapping.attributeMappings.filter((a) => a.matchingPriority > 0).sort((a, b) => a.matchingPriority - b.matchingPriority);
    const compiled = new CompiledObjectMapping({ attributeMappings: mappings });
    const partial = { ...rules, compiled };
    cached = { evaluate: (source, env) => matchingValues(partial, compiled.evaluate(source, { operation: 'create', ...(env ? { env } : {}) })) };
    matchingCache.set(rules, cached);
  }
  return cached;
}

/** Matching values of every object in scope, before anything is sent: duplicates, risky characters, B2B names. */
function prepare(ctx: CycleContext, subjects: readonly ForecastSubject[]): Prepared {
  const matching = new Map<string, { attribute: string; value: string }>();
  const findings = new Map<string, ForecastFinding[]>();
  const byKey = new Map<string, string[]>();
  for (const subject of subjects) {
    if (subject.nested) continue;
    const rules = ctx.rules[subject.kind];
    if (!rules || !rules.mapping.enabled) continue;
    // In scope means not soft-deleted: the source object as the cycle evaluates it (IsSoftDeleted false) serves scope and matching alike.
    const source = sourceObjectOf(ctx.directory, subject.kind, subject.id, subject.kind === 'User' ? false : undefined);
    if (!source) continue;
    const scope = evaluateScope(ctx.directory, subject.kind, subject.id, source, rules.mapping.scope, ctx.options);
    if (!scope.inScope) continue;
    const values = matchingOnly(rules).evaluate(source, ctx.options.env);
    const first = values.find((v) => v.value !== null);
    if (first) {
      matching.set(subject.id, { attribute: first.name, value: first.value! });
      const key = `${subject.kind}\u0000${matchingKey(first.name, first.value!)}`;
      const list = byKey.get(key);
      if (list) list.push(subject.id);
      else byKey.set(key, [subject.id]);
    }
    for (const v of values) if (v.value !== null) addFinding(findings, subject.id, riskyFilterValue(v.name, v.value));
    if (subject.kind === 'User') {
      const upn = ctx.directory.users.get(subject.id)?.userPrincipalName ?? '';
      const readsUpn = rules.compiled.attributes.some((a) => /\[userPrincipalName\]/i.test(a.expression ?? ''));
      if (readsUpn) addFinding(findings, subject.id, b2bFinding(upn, typeof source['userPrincipalName'] === 'string' ? source['userPrincipalName'] : null));
    }
  }
  const duplicates = new Map<string, string[]>();
  for (const ids of byKey.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) duplicates.set(id, ids.filter((other) => other !== id));
  }
  return { matching, duplicates, findings };
}

function nameOf(directory: SourceDirectory, kind: ObjectKind, id: string): string {
  if (kind === 'User') {
    const user = directory.users.get(id);
    return user?.userPrincipalName ?? user?.displayName ?? id;
  }
  return directory.groups.get(id)?.displayName ?? id;
}

function listNames(names: readonly string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/**
 * Two source objects with one matching value: Entra cannot tell which one the target object belongs
 * to, so it exports neither (DuplicateSourceEntries). The run was made as a dry run; this turns it
 * into the failure Entra logs.
 */
export function applyDuplicateSource(run: ObjectRun, directory: SourceDirectory, others: readonly string[], matching: { attribute: string; value: string } | undefined): void {
  const names = others.map((id) => nameOf(directory, run.kind, id));
  const what = matching ? `${matching.attribute} "${matching.value}"` : 'its matching value';
  const reason = `${run.kind} '${run.reportableIdentifier}' shares ${what} with ${listNames(names)}: Entra cannot tell which source object the target object belongs to, so it exports none of them.`;
  run.status = 'failure';
  run.error = engineError('DuplicateSourceEntries', reason, 'Give each object a unique value for the matching attribute, remove the duplicate, or match on an attribute that is unique (objectId → externalId).');
  run.verdict = `Would fail: ${what} is shared with ${listNames(names, 2)} (DuplicateSourceEntries)`;
  run.targetId = null;
  const match = run.phases.find((p) => p.name === 'match');
  match?.decisions.push({ label: 'Duplicate source entries', result: 'fail', detail: reason });
  const action = run.phases.find((p) => p.name === 'action');
  if (action) {
    action.status = 'failure';
    action.summary = 'DuplicateSourceEntries: nothing sent';
  }
  if (match && match.status === 'success') match.status = 'failure';
}

const ENGINE_FINDINGS: ReadonlySet<string> = new Set<FindingCode>(['DuplicateTargetEntries', 'MandatoryFieldsMissing', 'ImportSkipped', 'ExpressionEvaluationFailed']);

function logStatusOf(status: ObjectRun['status'], findings: readonly ForecastFinding[]): LogStatus {
  if (status === 'failure') return 'Failure';
  if (status === 'skipped') return 'Skipped';
  return findings.some((f) => f.severity !== 'info') ? 'Warning' : 'Success';
}

function rowOf(run: ObjectRun, subject: ForecastSubject, prepared: Prepared, requests: number): ForecastRow {
  const findings = [...(prepared.findings.get(subject.id) ?? [])];
  if (run.error && ENGINE_FINDINGS.has(run.error.errorCode)) {
    findings.unshift({ code: run.error.errorCode as FindingCode, severity: run.status === 'failure' ? 'error' : 'warning', message: run.error.reason });
  }
  if (run.error?.errorCode === 'DuplicateSourceEntries') findings.unshift({ code: 'DuplicateSourceEntries', severity: 'error', message: run.error.reason });
  let referenceFailures = 0;
  for (const landing of run.attributes) {
    if (landing.status === 'reference') {
      referenceFailures += 1;
      findings.push({ code: 'ReferenceNotSent', severity: 'info', message: landing.note ?? `${landing.targetAttributeName}: the referenced object has no target object.` });
    }
  }
  return {
    id: subject.id,
    kind: subject.kind,
    displayName: run.displayName,
    reportable: run.reportableIdentifier,
    assignedVia: subject.assignedVia,
    action: run.action,
    status: run.status,
    logStatus: logStatusOf(run.status, findings),
    errorCode: run.error?.errorCode ?? null,
    verdict: run.verdict,
    matching: prepared.matching.get(subject.id) ?? null,
    findings,
    referenceFailures,
    requests,
  };
}

/** Runs `task` over `items` with at most `limit` in flight, in order of start. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, stop: () => boolean): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** Memberships a group cannot send: direct user members without a target object, nested groups. */
function groupReferences(ctx: CycleContext, row: ForecastRow, run: ObjectRun, rowsById: ReadonlyMap<string, ForecastRow>): void {
  const group = ctx.directory.groups.get(row.id);
  const rules = ctx.rules.Group;
  if (!group || !rules || !rules.mapping.enabled || !rules.compiled.attributes.some((a) => /^members$/i.test(a.mapping.targetAttributeName))) return;
  const users = group.members.filter((m) => m['@odata.type'] === ODATA_TYPE_USER);
  const nestedGroups = group.members.filter((m) => m['@odata.type'] !== ODATA_TYPE_USER);
  if (run.error?.errorCode === 'ImportSkipped') {
    row.findings.push({
      code: 'EmptyGroupMatchingValue',
      severity: 'warning',
      message: `The group's matching value is empty, so Entra skips it with its members: ${users.length} membership${users.length === 1 ? ' is' : 's are'} not sent.`,
    });
    row.referenceFailures += users.length;
    return;
  }
  if (run.status === 'failure' || run.status === 'skipped') return;
  const missing = users.filter((m) => !ctx.state.links[m.id]);
  if (missing.length) {
    const why = (id: string) => {
      const member = rowsById.get(id);
      if (!member) return 'not in scope';
      return member.status === 'failure' ? `failed: ${member.errorCode}` : member.errorCode === 'ImportSkipped' ? 'skipped at import' : 'out of scope';
    };
    const names = missing.map((m) => `${ctx.directory.users.get(m.id)?.userPrincipalName ?? m.displayName ?? m.id} (${why(m.id)})`);
    row.referenceFailures += missing.length;
    row.findings.push({
      code: 'ReferenceNotSent',
      severity: 'warning',
      message: `${missing.length} member${missing.length === 1 ? ' has' : 's have'} no target object, so the membership is not sent (reference failures): ${listNames(names)}.`,
    });
  }
  if (nestedGroups.length) {
    row.findings.push({
      code: 'NestedGroupOnly',
      severity: 'info',
      message: `Nested group${nestedGroups.length === 1 ? '' : 's'} ${listNames(nestedGroups.map((g) => ctx.directory.groups.get(g.id)?.displayName ?? g.displayName ?? g.id))}: Entra provisions direct members only; the nested groups' members are not provisioned through this group.`,
    });
  }
  if (row.logStatus === 'Success' && row.findings.some((f) => f.severity !== 'info')) row.logStatus = 'Warning';
}

/** Cross-object checks after the cycle: one target object matched by two source objects, or one that belongs to someone else. */
function targetChecks(rows: readonly ForecastRow[], runs: ReadonlyMap<string, { targetId: string | null; externalId: { old: string | null; next: string | null } | null }>): void {
  const byTarget = new Map<string, ForecastRow[]>();
  for (const row of rows) {
    const info = runs.get(row.id);
    if (row.action !== 'update' && !(row.action === 'other' && row.errorCode === 'RedundantExport')) continue;
    if (!info?.targetId || info.targetId === DRY_RUN_ID) continue;
    const key = `${row.kind}\u0000${info.targetId}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), row]);
    if (info.externalId?.old && info.externalId.next && info.externalId.old !== info.externalId.next) {
      row.findings.push({
        code: 'TargetBelongsToSomeoneElse',
        severity: 'warning',
        message: `Matched ${info.targetId} on ${row.matching?.attribute ?? 'its matching attribute'}, but that object's externalId is "${info.externalId.old}", not "${info.externalId.next}": it may be another person's account, which the first cycle would overwrite.`,
      });
    }
  }
  for (const [key, list] of byTarget) {
    if (list.length < 2) continue;
    const targetId = key.split('\u0000')[1]!;
    for (const row of list) {
      row.findings.push({
        code: 'TargetMatchedTwice',
        severity: 'error',
        message: `${list.length} source objects match the same target object ${targetId} (${listNames(list.map((r) => r.reportable))}): each cycle would overwrite it with the other's values.`,
      });
    }
  }
  for (const row of rows) if (row.logStatus === 'Success' && row.findings.some((f) => f.severity !== 'info')) row.logStatus = 'Warning';
}

export function forecastTotals(rows: readonly ForecastRow[]): ForecastTotals {
  const totals: ForecastTotals = {
    objects: rows.length,
    users: 0,
    groups: 0,
    byAction: { create: 0, update: 0, delete: 0, disable: 0, other: 0 },
    byLogStatus: { Success: 0, Failure: 0, Skipped: 0, Warning: 0 },
    byErrorCode: {},
    byFinding: {},
    referenceFailures: 0,
    requests: 0,
  };
  for (const row of rows) {
    if (row.kind === 'User') totals.users += 1;
    else totals.groups += 1;
    totals.byAction[row.action] += 1;
    totals.byLogStatus[row.logStatus] += 1;
    if (row.errorCode) totals.byErrorCode[row.errorCode] = (totals.byErrorCode[row.errorCode] ?? 0) + 1;
    const seen = new Set<FindingCode>();
    for (const f of row.findings) seen.add(f.code);
    for (const code of seen) totals.byFinding[code] = (totals.byFinding[code] ?? 0) + 1;
    totals.referenceFailures += row.referenceFailures;
    totals.requests += row.requests;
  }
  return totals;
}

function appNotes(ctx: CycleContext, input: ForecastInput, nestedOnly: number): string[] {
  const notes: string[] = [];
  if (ctx.options.syncAll) notes.push('The job syncs all users and groups (SyncAll), assigned or not: every user and group of the directory is in the forecast.');
  for (const kind of ['User', 'Group'] as const) {
    const rules = ctx.rules[kind];
    if (!rules) notes.push(`The app has no ${kind.toLowerCase()} object mapping: ${kind.toLowerCase()}s are not provisioned.`);
    else if (!rules.mapping.enabled) notes.push(`The ${kind.toLowerCase()} object mapping is disabled: ${kind.toLowerCase()}s are skipped.`);
    else if (!rules.compiled.attributes.some((a) => a.mapping.matchingPriority > 0)) {
      notes.push(
        `The ${kind.toLowerCase()} mapping has no matching attribute: Entra cannot find objects that already exist in ${input.app.displayName}, so every ${kind.toLowerCase()} is created (a duplicate, or a 409 conflict, where one exists). A null required value then fails with MandatoryFieldsMissing rather than ImportSkipped.`,
      );
    }
  }
  if (nestedOnly) notes.push(`${nestedOnly} user${nestedOnly === 1 ? ' is' : 's are'} members of an assigned group only through a nested group: Entra does not provision them.`);
  if (input.options.dryRun) notes.push('Dry run: only GETs were sent; creates and updates were not, so created objects have no id and their references count as would-be.');
  return notes;
}

/**
 * The first provisioning cycle for every user and group the app's scope covers, object by object
 * through the trial-sync engine (Import → Scope → Match → Action, then references), with the
 * cross-object problems a one-object trial cannot see and the quarantine forecast.
 */
export async function runForecast(input: ForecastInput): Promise<ForecastOutcome> {
  const clock = input.options.clock ?? (() => Date.now());
  const started = clock();
  const state: EntraState = { links: {} };
  const rules = rulesOf(input.job);
  const ctx = cycleContext(input, rules, state, clock);
  const population = forecastPopulation(input.directory, ctx.options.syncAll);
  const subjects = [...population.userLevels.flat(), ...population.groups];
  const total = subjects.length;
  const stop = () => input.options.isCancelled?.() ?? false;
  const every = input.options.progressEvery ?? 1000;
  let done = 0;
  const progress = async (phase: ForecastProgress['phase']) => {
    done += 1;
    if (input.options.onProgress && (done % every === 0 || done === total)) await input.options.onProgress({ done, total, phase });
  };
  if (input.options.onProgress) await input.options.onProgress({ done: 0, total, phase: 'analysis' });
  const prepared = prepare(ctx, subjects);
  for (const subject of population.userLevels.flat()) {
    if (subject.nested) addFinding(prepared.findings, subject.id, { code: 'NestedGroupOnly', severity: 'info', message: `A member of ${subject.assignedVia.replace(/^nested via /, '')} only through a nested group: Entra reads direct members only, so this user is not provisioned.` });
  }
  const rows: ForecastRow[] = [];
  const rowsById = new Map<string, ForecastRow>();
  const targets = new Map<string, { targetId: string | null; externalId: { old: string | null; next: string | null } | null }>();
  const concurrency = input.options.concurrency ?? 1;

  const processObject = async (subject: ForecastSubject) => {
    const duplicate = prepared.duplicates.get(subject.id);
    const client = new RecordingClient(input.transport, input.options.dryRun || !!duplicate, clock);
    const octx: CycleContext = { ...ctx, client };
    const { run, scope } = await runObjectCycle(octx, subject.kind, subject.id);
    if (duplicate) {
      delete state.links[subject.id];
      applyDuplicateSource(run, input.directory, duplicate, prepared.matching.get(subject.id));
    } else {
      if (input.options.dryRun && run.action === 'create' && run.status === 'success') {
        state.links[subject.id] = { sourceId: subject.id, kind: subject.kind, displayName: run.displayName, targetId: DRY_RUN_ID, managed: true, lastExported: {}, updatedAt: input.options.now.toISOString() };
      }
      if (scope?.inScope && subject.kind === 'User') await exportManager(octx, run);
      if (scope?.inScope && subject.kind === 'Group') {
        const members = (input.directory.groups.get(subject.id)?.members ?? []).filter((m) => m['@odata.type'] === ODATA_TYPE_USER).map((m) => m.id);
        await exportMembers(octx, run, members, run.action !== 'create');
      }
    }
    const row = rowOf(run, subject, prepared, client.exchanges.length);
    if (subject.kind === 'Group') groupReferences(ctx, row, run, rowsById);
    const ext = run.modifiedProperties.find((m) => m.displayName === 'externalId');
    targets.set(subject.id, { targetId: run.targetId, externalId: ext && run.action === 'update' ? { old: ext.oldValue ?? null, next: ext.newValue ?? null } : null });
    rows.push(row);
    rowsById.set(row.id, row);
    await progress(subject.kind === 'User' ? 'users' : 'groups');
  };

  // Managers before their reports (level by level), so a manager reference finds its target object; then groups, then memberships (§4.12 item 39).
  for (const level of population.userLevels) {
    if (stop()) break;
    await pool(level, concurrency, processObject, stop);
  }
  if (!stop()) await pool(population.groups, concurrency, processObject, stop);
  const order = new Map(subjects.map((s, i) => [s.id + s.kind, i]));
  rows.sort((a, b) => order.get(a.id + a.kind)! - order.get(b.id + b.kind)!);
  targetChecks(rows, targets);

  const processed = rows.filter((r) => !r.findings.some((f) => f.code === 'NestedGroupOnly' && r.kind === 'User'));
  const totals = forecastTotals(rows);
  const result: ForecastResult = {
    id: input.options.newId(),
    startedAt: input.options.now.toISOString(),
    durationMs: Math.round((clock() - started) * 100) / 100,
    app: { id: input.app.id, displayName: input.app.displayName },
    target: input.target,
    dialect: input.options.dialect,
    dryRun: input.options.dryRun,
    cancelled: stop(),
    rows,
    totals,
    quarantine: quarantineForecast(processed.filter((r) => r.status === 'failure').length, processed.length, totals.referenceFailures),
    notes: appNotes(ctx, input, population.nestedOnly),
  };
  return { result, state, duplicates: prepared.duplicates };
}

/**
 * One object's trial-sync timeline, replayed against the same target with Entra's state as the
 * forecast left it (every other object provisioned as forecast), with the cross-object verdict applied.
 */
export async function forecastObjectRun(input: ForecastInput, outcome: ForecastOutcome, row: ForecastRow): Promise<TrialRun> {
  const clock = input.options.clock ?? (() => Date.now());
  const started = clock();
  const links = { ...outcome.state.links };
  delete links[row.id];
  const state: EntraState = { links };
  const duplicate = outcome.duplicates.get(row.id);
  const ctx = cycleContext(input, rulesOf(input.job), state, clock);
  ctx.client = new RecordingClient(input.transport, input.options.dryRun || !!duplicate, clock);
  const { run, scope } = await runObjectCycle(ctx, row.kind, row.id);
  if (duplicate) applyDuplicateSource(run, input.directory, duplicate, row.matching ?? undefined);
  else if (scope?.inScope && row.kind === 'User') await exportManager(ctx, run);
  else if (scope?.inScope && row.kind === 'Group') {
    const members = (input.directory.groups.get(row.id)?.members ?? []).filter((m) => m['@odata.type'] === ODATA_TYPE_USER).map((m) => m.id);
    await exportMembers(ctx, run, members, run.action !== 'create');
  }
  const notes = row.findings.filter((f) => f.code !== run.error?.errorCode).map((f) => ({ label: f.code, result: f.severity === 'error' ? ('fail' as const) : ('info' as const), detail: f.message }));
  if (notes.length) run.phases[0]?.decisions.push(...notes);
  return {
    id: `${outcome.result.id}:${row.id}`,
    startedAt: outcome.result.startedAt,
    durationMs: Math.round((clock() - started) * 100) / 100,
    scenario: { name: 'first' },
    dialect: input.options.dialect,
    dryRun: input.options.dryRun || !!duplicate,
    target: input.target,
    subject: { kind: row.kind, id: row.id, displayName: row.displayName },
    sourceChanges: [],
    objects: [run],
    exchanges: ctx.client.exchanges,
    status: run.status === 'failure' ? 'failure' : 'success',
    verdict: run.verdict,
    records: [],
    state: { links: {} },
  };
}
