import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisioningObjectSummary } from '../../../../../../shared/graph/provisioning-log';
import type { LogFilter } from '../../../../../../shared/logs/log-filter';
import { WorkspaceService } from '../../../../../../electron/core/workspace/workspace-service';
import { SAMPLE_NOW, sample, tempWorkspace } from '../../workspace-fixture';

let ctx: ReturnType<typeof tempWorkspace>;
let records: ProvisioningObjectSummary[];
beforeAll(() => {
  ctx = tempWorkspace();
  new WorkspaceService(ctx.workspace).import(sample());
  records = sample().provisioningLogs;
});
afterAll(() => ctx.dispose());

const ms = (r: ProvisioningObjectSummary) => Date.parse(r.activityDateTime);
const has = (value: string | null | undefined, part: string) => (value ?? '').toLowerCase().includes(part.toLowerCase());

/** The reference: each filter written out directly against the sample's records. */
function reference(filter: LogFilter): ProvisioningObjectSummary[] {
  return records.filter((r) => {
    const error = r.provisioningStatusInfo.errorInformation;
    if (filter.since && ms(r) < Date.parse(filter.since)) return false;
    if (filter.until && ms(r) > Date.parse(filter.until)) return false;
    if (filter.status && !filter.status.includes(r.provisioningStatusInfo.status)) return false;
    if (filter.action && !filter.action.includes(r.provisioningAction)) return false;
    if (filter.app && r.servicePrincipal?.id !== filter.app && !has(r.servicePrincipal?.displayName, filter.app)) return false;
    if (filter.identity) {
      const q = filter.identity;
      const s = r.sourceIdentity;
      const t = r.targetIdentity;
      if (s?.id !== q && t?.id !== q && !has(s?.displayName, q) && !has(t?.displayName, q)) return false;
    }
    if (filter.subjectId && r.sourceIdentity?.id !== filter.subjectId && r.targetIdentity?.id !== filter.subjectId) return false;
    if (filter.sourceSystem && !has(r.sourceSystem?.displayName, filter.sourceSystem)) return false;
    if (filter.targetSystem && !has(r.targetSystem?.displayName, filter.targetSystem)) return false;
    if (filter.initiatedBy && !has(r.initiatedBy?.displayName, filter.initiatedBy)) return false;
    if (filter.jobId && r.jobId !== filter.jobId) return false;
    if (filter.cycleId && r.cycleId !== filter.cycleId) return false;
    if (filter.changeId && r.changeId !== filter.changeId) return false;
    if (filter.errorCode && error?.errorCode !== filter.errorCode) return false;
    if (filter.origin === 'trial') return false;
    return true;
  });
}

describe('ProvisioningLogReads against the sample tenant', () => {
  const pick = () => {
    const failed = records.find((r) => r.provisioningStatusInfo.status === 'failure' && r.provisioningStatusInfo.errorInformation?.errorCode)!;
    const user = records.find((r) => r.sourceIdentity?.identityType === 'User' && r.sourceIdentity.displayName)!;
    return { failed, user };
  };

  it('stores every sample record', () => {
    expect(ctx.workspace.logReads.counts({}).total).toBe(records.length);
  });

  it.each<[string, () => LogFilter]>([
    ['date range', () => ({ since: new Date(SAMPLE_NOW.getTime() - 7 * 86_400_000).toISOString(), until: new Date(SAMPLE_NOW.getTime() - 86_400_000).toISOString() })],
    ['status', () => ({ status: ['failure', 'skipped'] })],
    ['action', () => ({ action: ['update'] })],
    ['app by id', () => ({ app: pick().failed.servicePrincipal!.id! })],
    ['app by name', () => ({ app: pick().failed.servicePrincipal!.displayName!.slice(0, 5).toLowerCase() })],
    ['identity by name', () => ({ identity: pick().user.sourceIdentity!.displayName!.split(' ')[0]! })],
    ['identity by id', () => ({ identity: pick().user.sourceIdentity!.id! })],
    ['history of one identity', () => ({ subjectId: pick().user.sourceIdentity!.id! })],
    ['source system', () => ({ sourceSystem: 'azure' })],
    ['target system', () => ({ targetSystem: pick().failed.targetSystem!.displayName! })],
    ['job', () => ({ jobId: pick().failed.jobId! })],
    ['cycle', () => ({ cycleId: pick().failed.cycleId! })],
    ['change id', () => ({ changeId: pick().failed.changeId! })],
    ['error code', () => ({ errorCode: pick().failed.provisioningStatusInfo.errorInformation!.errorCode! })],
    ['initiated by', () => ({ initiatedBy: 'provisioning service' })],
    ['trial only', () => ({ origin: 'trial' })],
    ['real only', () => ({ origin: 'real' })],
    ['combined: status + app + 7 days', () => ({ status: ['success'], app: pick().failed.servicePrincipal!.id!, since: new Date(SAMPLE_NOW.getTime() - 7 * 86_400_000).toISOString() })],
  ])('filter by %s matches the reference', (_name, make) => {
    const filter = make();
    const expected = reference(filter);
    const counts = ctx.workspace.logReads.counts(filter);
    expect(counts.total).toBe(expected.length);
    expect(counts.failure).toBe(expected.filter((r) => r.provisioningStatusInfo.status === 'failure').length);
    const ids = [...ctx.workspace.logReads.iterate(filter, { column: 'activityDateTime', direction: 'desc' })].map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id)));
  });

  it('pages newest first without overlap and sorts by other columns', () => {
    const sort = { column: 'activityDateTime', direction: 'desc' } as const;
    const first = ctx.workspace.logReads.page({}, sort, 0, 100);
    const second = ctx.workspace.logReads.page({}, sort, 100, 100);
    const all = [...first, ...second];
    expect(new Set(all.map((r) => r.id)).size).toBe(200);
    const times = all.map((r) => r.activityDateTime);
    expect(times).toEqual([...times].sort().reverse());
    const byDuration = ctx.workspace.logReads.page({}, { column: 'duration', direction: 'asc' }, 0, 50).map((r) => r.durationMs ?? 0);
    expect(byDuration).toEqual([...byDuration].sort((a, b) => a - b));
    expect(byDuration[0]).toBe(Math.min(...records.map((r) => r.durationInMilliseconds ?? Infinity)));
  });

  it('reads pages in the far half from the other end with exactly the rows of offset paging', () => {
    const reads = ctx.workspace.logReads;
    const sorts = [
      { column: 'activityDateTime', direction: 'desc' },
      { column: 'duration', direction: 'asc' },
      { column: 'errorCode', direction: 'desc' },
      { column: 'identity', direction: 'asc' },
    ] as const;
    for (const sort of sorts) {
      const all = [...reads.iterate({}, sort)].map((r) => r.id);
      const total = all.length;
      const windows = [[total - 100, 100], [total - 1, 100], [Math.floor(total / 2) + 1, 50], [total - 137, 10], [total, 10], [total + 5, 10], [1500, 100], [1001, 7]];
      for (const [offset, limit] of windows) expect(reads.page({}, sort, offset!, limit!).map((r) => r.id)).toEqual(all.slice(offset, offset! + limit!));
    }
  });

  it('counts each outcome like the reference, with or without index range counts', () => {
    const since = new Date(SAMPLE_NOW.getTime() - 10 * 86_400_000).toISOString();
    const until = new Date(SAMPLE_NOW.getTime() - 2 * 86_400_000).toISOString();
    const filters: LogFilter[] = [
      {},
      { status: ['failure'] },
      { status: ['success', 'warning', 'success'] },
      { since },
      { since, until, status: ['skipped', 'failure'] },
      { until },
      { action: ['update'], status: ['failure'] },
      { errorCode: pick().failed.provisioningStatusInfo.errorInformation!.errorCode!, since },
      { origin: 'real', since },
    ];
    for (const filter of filters) {
      const expected = reference(filter);
      const of = (status: string) => expected.filter((r) => r.provisioningStatusInfo.status === status).length;
      expect(ctx.workspace.logReads.counts(filter)).toEqual({ total: expected.length, success: of('success'), failure: of('failure'), skipped: of('skipped'), warning: of('warning') });
    }
  });

  it('lists the apps with their record counts, each named as on its newest record', () => {
    const byApp = new Map<string, { count: number; newest: ProvisioningObjectSummary }>();
    for (const r of records) {
      const id = r.servicePrincipal?.id;
      if (!id) continue;
      const entry = byApp.get(id) ?? { count: 0, newest: r };
      entry.count++;
      if (ms(r) > ms(entry.newest)) entry.newest = r;
      byApp.set(id, entry);
    }
    const expected = [...byApp].map(([id, { count, newest }]) => ({ id, name: newest.servicePrincipal?.displayName ?? null, count }));
    expected.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'en'));
    expect(ctx.workspace.logReads.apps()).toEqual(expected);
  });

  it('finds records by full text over reasons, codes, identities and step descriptions', () => {
    const { failed, user } = pick();
    const code = failed.provisioningStatusInfo.errorInformation!.errorCode!;
    expect(ctx.workspace.logReads.counts({ text: code }).total).toBe(records.filter((r) => r.provisioningStatusInfo.errorInformation?.errorCode === code).length);
    const name = user.sourceIdentity!.displayName!;
    const found = [...ctx.workspace.logReads.iterate({ text: `"${name}"` }, { column: 'activityDateTime', direction: 'desc' })];
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((r) => r.id)).toContain(user.id);
    // Operators typed by the admin are taken literally, never as FTS syntax.
    expect(() => ctx.workspace.logReads.counts({ text: 'NEAR( "a OR * -' })).not.toThrow();
  });

  it("matches every word typed in a record's own text or its step descriptions, like the reference", () => {
    const words = (text: string | null | undefined) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const tokens = (r: ProvisioningObjectSummary) => {
      const error = r.provisioningStatusInfo.errorInformation;
      return [r.sourceIdentity?.displayName, r.sourceIdentity?.id, r.targetIdentity?.displayName, r.targetIdentity?.id, error?.errorCode, error?.reason, error?.additionalDetails, ...r.provisioningSteps.map((s) => s.description)].flatMap(words);
    };
    const expected = (text: string) => records.filter((r) => words(text).every((term) => tokens(r).some((token) => token.startsWith(term)))).map((r) => r.id).sort();
    const { user } = pick();
    const first = words(user.sourceIdentity!.displayName)[0]!;
    // A word only step descriptions hold, words spanning the identity and the descriptions, and a reason's words.
    for (const text of ['Retrieved', `${first} retriev`, `${first} will be updated`, 'throttling 429', `${first} EntryConflict`]) {
      const found = [...ctx.workspace.logReads.iterate({ text }, { column: 'activityDateTime', direction: 'desc' })].map((r) => r.id).sort();
      expect(found, text).toEqual(expected(text));
      expect(ctx.workspace.logReads.counts({ text }).total, text).toBe(found.length);
    }
    expect(expected('Retrieved').length).toBeGreaterThan(0);
    expect(expected(`${first} will be updated`).length).toBeGreaterThan(0);
  });

  it("indexes each distinct set of a record's searchable text once per batch", () => {
    const text = (r: ProvisioningObjectSummary) => {
      const error = r.provisioningStatusInfo.errorInformation;
      const identities = [r.sourceIdentity?.displayName, r.sourceIdentity?.id, r.targetIdentity?.displayName, r.targetIdentity?.id].filter(Boolean).join(' ');
      const reason = [error?.reason, error?.additionalDetails].filter(Boolean).join('\n');
      return [identities, error?.errorCode ?? '', reason, r.provisioningSteps.map((s) => s.description ?? '').join('\n')].join('\0');
    };
    const sets = new Set(records.map(text));
    // The sample is stored as one batch, so each distinct set is one full-text entry.
    const stored = ctx.workspace.db.prepare('SELECT COUNT(*) FROM provisioning_log_text_sets_fts').pluck().get();
    expect(stored).toBe(sets.size);
    expect(sets.size).toBeLessThan(records.length / 2);
  });

  it('counts by status, error code, app, day and cycle like the reference', () => {
    const byCode = new Map<string, number>();
    for (const r of records) {
      const code = r.provisioningStatusInfo.errorInformation?.errorCode;
      if (code) byCode.set(code, (byCode.get(code) ?? 0) + 1);
    }
    const stats = ctx.workspace.logReads.stats({}, 'errorCode', 100);
    expect(new Map(stats.map((s) => [s.key!, s.total]))).toEqual(byCode);
    const days = ctx.workspace.logReads.stats({}, 'day', 100);
    expect(days.reduce((sum, d) => sum + d.total, 0)).toBe(records.length);
    expect(days.map((d) => d.key)).toEqual([...new Set(records.map((r) => r.activityDateTime.slice(0, 10)))].sort());
    const status = ctx.workspace.logReads.stats({}, 'status');
    expect(status.find((s) => s.key === 'failure')?.total).toBe(records.filter((r) => r.provisioningStatusInfo.status === 'failure').length);
    const cycles = ctx.workspace.logReads.cycles({}, 0, 10_000);
    expect(cycles.length).toBe(new Set(records.map((r) => r.cycleId)).size);
    const { failed } = pick();
    const cycle = cycles.find((c) => c.cycleId === failed.cycleId)!;
    const inCycle = records.filter((r) => r.cycleId === failed.cycleId);
    expect(cycle).toMatchObject({ total: inCycle.length, failure: inCycle.filter((r) => r.provisioningStatusInfo.status === 'failure').length });
  });

  it('returns a record with its steps, properties and original JSON', () => {
    const { failed } = pick();
    const detail = ctx.workspace.logReads.detail(failed.id)!;
    expect(detail.modifiedProperties.map((p) => p.name)).toEqual(failed.modifiedProperties.map((p) => p.displayName));
    expect(detail.steps.map((s) => [s.stepType, s.status])).toEqual(failed.provisioningSteps.map((s) => [s.provisioningStepType, s.status]));
    expect(detail.item.reason).toBe(failed.provisioningStatusInfo.errorInformation!.reason ?? null);
    expect(JSON.parse(detail.json)).toEqual(JSON.parse(JSON.stringify(failed)));
    expect(ctx.workspace.logReads.detail('no-such-id')).toBeUndefined();
  });
});

describe('finding records by id without an index per id column', () => {
  it("gives every identity's history exactly, through the full-text index", () => {
    const ids = new Set<string>();
    for (const r of records) for (const id of [r.sourceIdentity?.id, r.targetIdentity?.id]) if (id) ids.add(id);
    expect(ids.size).toBeGreaterThan(50);
    for (const id of ids) {
      const expected = records.filter((r) => r.sourceIdentity?.id === id || r.targetIdentity?.id === id).length;
      expect(ctx.workspace.logReads.counts({ subjectId: id }).total, id).toBe(expected);
    }
    expect(ctx.workspace.logReads.counts({ subjectId: '--' }).total).toBe(0);
  });

  it('finds a record by its change id or record id typed as free text', () => {
    const record = records[123]!;
    const byChange = ctx.workspace.logReads.page({ text: record.changeId! }, { column: 'activityDateTime', direction: 'desc' }, 0, 10);
    expect(byChange.map((r) => r.id)).toContain(record.id);
    expect(byChange.every((r) => r.changeId === record.changeId || r.id === record.changeId || r.sourceId === record.changeId || r.targetId === record.changeId)).toBe(true);
    const byId = ctx.workspace.logReads.page({ text: ` ${record.id} ` }, { column: 'activityDateTime', direction: 'desc' }, 0, 10);
    expect(byId.map((r) => r.id)).toEqual([record.id]);
  });
});
