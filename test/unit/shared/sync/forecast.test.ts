import { describe, expect, it } from 'vitest';
import { forecastObjectRun } from '../../../../shared/sync/forecast';
import type { ForecastRow } from '../../../../shared/sync/forecast-types';
import { forecast, forecastInput, group, mapping, targetHolding, tenant, user } from './forecast-tenant';

const rowOf = (rows: ForecastRow[], id: string) => rows.find((r) => r.id === id)!;
const codes = (row: ForecastRow) => row.findings.map((f) => f.code);

// Howspace's user mapping: userName ← [userPrincipalName] (matching), externalId ← [mailNickname], …
describe('runForecast: the first cycle against an empty target', () => {
  it('creates every assigned user and group, members after their users, and counts by action and log status', async () => {
    const ann = user('ann');
    const bob = user('bob');
    const team = group('Team', [bob]);
    const { result } = await forecast(tenant({ users: [ann, bob], groups: [team], assigned: [ann.id, team.id] }));
    expect(result.rows.map((r) => [r.kind, r.reportable, r.action, r.logStatus, r.assignedVia])).toEqual([
      ['User', 'ann@contoso.com', 'create', 'Success', 'direct'],
      ['User', 'bob@contoso.com', 'create', 'Success', 'via Team'],
      ['Group', 'Team', 'create', 'Success', 'direct'],
    ]);
    expect(result.totals).toMatchObject({ objects: 3, users: 2, groups: 1, byAction: { create: 3 }, byLogStatus: { Success: 3, Failure: 0 }, referenceFailures: 0 });
    expect(result.rows[0]!.matching).toEqual({ attribute: 'userName', value: 'ann@contoso.com' });
    // GET (match) + POST per user; the group: GET, POST, PATCH members.
    expect(result.totals.requests).toBe(7);
    expect(result.quarantine).toMatchObject({ failures: 0, evaluated: false, quarantined: false });
    expect(result.quarantine.message).toMatch(/far below the 5,000 failures/);
  });

  it('two source users with one matching value fail with DuplicateSourceEntries, nothing is created for either', async () => {
    const a = user('ann');
    const b = user('ann2', { userPrincipalName: 'ANN@contoso.com' });
    const c = user('carl');
    const { result } = await forecast(tenant({ users: [a, b, c], assigned: [a.id, b.id, c.id] }));
    for (const id of [a.id, b.id]) {
      const row = rowOf(result.rows, id);
      expect(row).toMatchObject({ status: 'failure', logStatus: 'Failure', errorCode: 'DuplicateSourceEntries' });
      expect(codes(row)).toContain('DuplicateSourceEntries');
    }
    expect(rowOf(result.rows, c.id).logStatus).toBe('Success');
    expect(result.totals.byErrorCode).toEqual({ DuplicateSourceEntries: 2 });
  });

  it('a required value null: MandatoryFieldsMissing; the only matching attribute null: ImportSkipped', async () => {
    const noMail = user('nomail', { mail: null });
    const ok = user('ok');
    // userName ← [mail] is required; matching on externalId, so a null mail fails the create.
    const mandatory = tenant({ users: [noMail, ok], assigned: [noMail.id, ok.id], userMappings: [mapping('userName', '[mail]'), mapping('externalId', '[mailNickname]', 1)] });
    const first = await forecast(mandatory);
    expect(rowOf(first.result.rows, noMail.id)).toMatchObject({ action: 'create', status: 'failure', errorCode: 'MandatoryFieldsMissing' });
    expect(codes(rowOf(first.result.rows, noMail.id))).toEqual(['MandatoryFieldsMissing']);
    // userName ← [mail] is the only matching attribute: the user is skipped at import.
    const onlyMatching = tenant({ users: [noMail, ok], assigned: [noMail.id, ok.id], userMappings: [mapping('userName', '[mail]', 1), mapping('externalId', '[mailNickname]')] });
    const second = await forecast(onlyMatching);
    expect(rowOf(second.result.rows, noMail.id)).toMatchObject({ status: 'skipped', logStatus: 'Skipped', errorCode: 'ImportSkipped' });
    expect(rowOf(second.result.rows, ok.id).logStatus).toBe('Success');
  });

  it('an expression that fails for some users only: ExpressionEvaluationFailed for those', async () => {
    const roles = [
      { id: 'r1', value: 'Admin', displayName: 'Admin' },
      { id: 'r2', value: 'User', displayName: 'User' },
    ];
    const two = user('two');
    const one = user('one');
    const app = tenant({
      users: [two, one],
      roles,
      assigned: [{ id: two.id, roleId: 'r1' }, { id: two.id, roleId: 'r2' }, { id: one.id, roleId: 'r2' }],
      userMappings: [mapping('userName', '[userPrincipalName]', 1), mapping('roles[primary eq "True"].value', 'SingleAppRoleAssignment([appRoleAssignments])')],
    });
    const { result } = await forecast(app);
    expect(rowOf(result.rows, two.id)).toMatchObject({ status: 'failure', errorCode: 'ExpressionEvaluationFailed' });
    expect(rowOf(result.rows, one.id)).toMatchObject({ status: 'success', action: 'create' });
  });

  it('matching values with characters that break the filter query are warnings; B2B guests are flagged', async () => {
    const quote = user('quote', { userPrincipalName: 'o"brien@contoso.com' });
    const slash = user('slash', { userPrincipalName: 'back\\slash@contoso.com' });
    const guest = user('guest', { userPrincipalName: 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com' });
    const { result } = await forecast(tenant({ users: [quote, slash, guest], assigned: [quote.id, slash.id, guest.id] }));
    expect(rowOf(result.rows, quote.id)).toMatchObject({ status: 'success', logStatus: 'Warning' });
    expect(codes(rowOf(result.rows, quote.id))).toEqual(['RiskyFilterCharacters']);
    expect(rowOf(result.rows, quote.id).findings[0]!.message).toContain(`'"'`);
    expect(codes(rowOf(result.rows, slash.id))).toEqual(['RiskyFilterCharacters']);
    const b2b = rowOf(result.rows, guest.id);
    expect(codes(b2b)).toContain('B2BGuestName');
    expect(b2b.findings.find((f) => f.code === 'B2BGuestName')!.message).toContain('"guest_fabrikam.com"');
  });

  it('users reachable only through a nested group are reported and not provisioned', async () => {
    const direct = user('direct');
    const deep = user('deep');
    const inner = group('Inner', [deep]);
    const outer = group('Outer', [direct, inner]);
    const { result } = await forecast(tenant({ users: [direct, deep], groups: [outer, inner], assigned: [outer.id] }));
    expect(rowOf(result.rows, deep.id)).toMatchObject({ status: 'skipped', assignedVia: 'nested via Outer', errorCode: 'EntrySynchronizationSkipped' });
    expect(codes(rowOf(result.rows, deep.id))).toContain('NestedGroupOnly');
    expect(codes(rowOf(result.rows, outer.id))).toContain('NestedGroupOnly');
    expect(result.notes.some((n) => /1 user is members of an assigned group only through a nested group/.test(n))).toBe(true);
    // A nested-only user is not a processed object for the quarantine rate.
    expect(result.quarantine.processed).toBe(2);
  });

  it('group members without a target object (out of scope, failed) are reference failures on the group', async () => {
    const ok = user('ok');
    const disabled = user('off', { accountEnabled: false });
    const dupA = user('dupa', { userPrincipalName: 'same@contoso.com' });
    const dupB = user('dupb', { userPrincipalName: 'same@contoso.com' });
    const team = group('Team', [ok, disabled, dupA, dupB]);
    const { result } = await forecast(tenant({ users: [ok, disabled, dupA, dupB], groups: [team], assigned: [team.id] }));
    const row = rowOf(result.rows, team.id);
    expect(row).toMatchObject({ action: 'create', logStatus: 'Warning', referenceFailures: 3 });
    const finding = row.findings.find((f) => f.code === 'ReferenceNotSent')!;
    expect(finding.message).toMatch(/3 members have no target object/);
    expect(finding.message).toContain('off@contoso.com (out of scope)');
    expect(finding.message).toContain('failed: DuplicateSourceEntries');
    expect(result.quarantine.referenceFailures).toBe(3);
  });

  it('a group whose matching value is empty is skipped with its members (ImportSkipped)', async () => {
    const ok = user('ok');
    const nameless = group(null, [ok]);
    const { result } = await forecast(tenant({ users: [ok], groups: [nameless], assigned: [nameless.id] }));
    const row = rowOf(result.rows, nameless.id);
    expect(row).toMatchObject({ status: 'skipped', errorCode: 'ImportSkipped', referenceFailures: 1 });
    expect(codes(row)).toEqual(['ImportSkipped', 'EmptyGroupMatchingValue']);
  });

  it('"sync all" covers every user and group of the directory, assigned or not', async () => {
    const a = user('a');
    const b = user('b');
    const { result } = await forecast(tenant({ users: [a, b], assigned: [], settings: [{ name: 'SyncAll', value: 'true' }] }));
    expect(result.rows.map((r) => [r.reportable, r.assignedVia, r.action])).toEqual([
      ['a@contoso.com', 'sync all', 'create'],
      ['b@contoso.com', 'sync all', 'create'],
    ]);
    expect(result.notes[0]).toMatch(/SyncAll/);
  });

  it('managers are processed before their reports, so the manager reference is sent in the same cycle', async () => {
    const boss = user('boss');
    const report = user('report', { manager: { id: boss.id } });
    const app = tenant({ users: [report, boss], assigned: [report.id, boss.id], userMappings: [mapping('userName', '[userPrincipalName]', 1), mapping('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', '[manager]')] });
    const { result } = await forecast(app);
    expect(result.rows.map((r) => r.reportable)).toEqual(['boss@contoso.com', 'report@contoso.com']);
    // report: match, POST, manager probe, manager PATCH.
    expect(rowOf(result.rows, report.id)).toMatchObject({ requests: 4, referenceFailures: 0 });
  });

  it('cancelling stops the cycle and says so', async () => {
    const users = Array.from({ length: 20 }, (_, i) => user(`u${i}`));
    let calls = 0;
    const { result } = await forecast(tenant({ users, assigned: users.map((u) => u.id) }), { isCancelled: () => ++calls > 5 });
    expect(result.cancelled).toBe(true);
    expect(result.rows.length).toBe(4);
  });
});

describe('runForecast against a target that already holds objects', () => {
  it('a matching value that finds several objects: DuplicateTargetEntries', async () => {
    const ann = user('ann');
    const target = targetHolding([
      { id: 't1', userName: 'ann@contoso.com' },
      { id: 't2', userName: 'ann@contoso.com' },
    ]);
    const { result } = await forecast(tenant({ users: [ann], assigned: [ann.id] }), { transport: target, dryRun: true });
    expect(rowOf(result.rows, ann.id)).toMatchObject({ status: 'failure', errorCode: 'DuplicateTargetEntries' });
    expect(codes(rowOf(result.rows, ann.id))).toContain('DuplicateTargetEntries');
  });

  it('the wrong object already in the target: another externalId, or one object matched by two users', async () => {
    const ann = user('ann');
    const bob = user('bob', { mail: 'shared@contoso.com' });
    const carl = user('carl', { mail: 'shared@contoso.com', userPrincipalName: 'carl@contoso.com' });
    const target = targetHolding([
      { id: 't-ann', userName: 'ann@contoso.com', externalId: 'someone.else' },
      { id: 't-shared', userName: 'x', externalId: 'shared', emails: [{ type: 'work', value: 'shared@contoso.com' }], mail: 'shared@contoso.com' },
    ]);
    // Match on userName, then on mail (a custom attribute the holding target filters on).
    const app = tenant({ users: [ann, bob, carl], assigned: [ann.id, bob.id, carl.id], userMappings: [mapping('mail', '[mail]', 1), mapping('userName', '[userPrincipalName]', 2), mapping('externalId', '[mailNickname]')] });
    const { result } = await forecast(app, { transport: target, dryRun: true });
    expect(target.requests.every((r) => r.startsWith('GET'))).toBe(true);
    // ann: matched on userName (mail finds nothing), but the object's externalId is someone else's.
    expect(codes(rowOf(result.rows, ann.id))).toContain('TargetBelongsToSomeoneElse');
    expect(rowOf(result.rows, ann.id).logStatus).toBe('Warning');
    // bob and carl share mail → DuplicateSourceEntries before any match.
    expect(rowOf(result.rows, bob.id).errorCode).toBe('DuplicateSourceEntries');
  });

  it('two users whose different matching values find the same target object: TargetMatchedTwice', async () => {
    const ann = user('ann');
    const bob = user('bob');
    const target = targetHolding([{ id: 't-1', userName: 'ann@contoso.com', nickName: 'bob@contoso.com' }]);
    const app = tenant({ users: [ann, bob], assigned: [ann.id, bob.id], userMappings: [mapping('userName', '[userPrincipalName]', 1), mapping('nickName', '[userPrincipalName]', 2)] });
    // ann matches on userName; bob finds nothing on userName, then t-1 on nickName.
    const { result } = await forecast(app, { transport: target, dryRun: true });
    expect(codes(rowOf(result.rows, ann.id))).toContain('TargetMatchedTwice');
    expect(codes(rowOf(result.rows, bob.id))).toContain('TargetMatchedTwice');
  });

  it('a dry run sends GETs only; a created user has no id, and its membership counts as would-be (no reference failure)', async () => {
    const bob = user('bob');
    const team = group('Team', [bob]);
    const target = targetHolding([]);
    const { result } = await forecast(tenant({ users: [bob], groups: [team], assigned: [team.id] }), { transport: target, dryRun: true });
    expect(target.requests).toEqual(['GET /Users?filter=userName eq "bob@contoso.com"', 'GET /Groups?excludedAttributes=members&filter=displayName eq "Team"']);
    expect(rowOf(result.rows, team.id)).toMatchObject({ action: 'create', referenceFailures: 0, logStatus: 'Success' });
    expect(result.notes.some((n) => /Dry run/.test(n))).toBe(true);
  });
});

describe('forecastObjectRun: a row drilled down to its trial-sync timeline', () => {
  it('replays the object with the cycle\'s state and applies the cross-object verdict', async () => {
    const a = user('ann');
    const b = user('ann2', { userPrincipalName: 'ann@contoso.com' });
    const boss = user('boss');
    const report = user('report', { manager: { id: boss.id } });
    const app = tenant({ users: [a, b, boss, report], assigned: [a.id, b.id, boss.id, report.id], userMappings: [mapping('userName', '[userPrincipalName]', 1), mapping('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', '[manager]')] });
    const input = forecastInput(app);
    const outcome = await forecast(app);
    const dup = await forecastObjectRun(input, outcome, rowOf(outcome.result.rows, a.id));
    expect(dup.status).toBe('failure');
    expect(dup.objects[0]).toMatchObject({ status: 'failure', error: { errorCode: 'DuplicateSourceEntries' } });
    expect(dup.exchanges.filter((e) => e.sent).map((e) => e.method)).toEqual(['GET']);
    const timeline = await forecastObjectRun(input, outcome, rowOf(outcome.result.rows, report.id));
    expect(timeline.objects[0]!.phases.map((p) => p.name)).toEqual(['import', 'scope', 'match', 'action']);
    expect(timeline.exchanges.map((e) => e.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });
});
