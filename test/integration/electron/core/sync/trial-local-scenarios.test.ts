import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type EntraState, type Scenario, type TrialRun } from '../../../../../shared/sync';
import { startTestEndpoint, TOKEN, type ScimClient } from '../scim/scim-fixture';
import { groupIdOf, sampleApp, trial, userIdOf } from './trial-fixture';

/** One step of a story: the scenario, then how Entra would log the subject (action, status, error code) and the run's status. */
type Step = [scenario: Scenario, action: string, status: string, errorCode: string | null, runStatus: string];
type Outcome = [action: string, status: string, errorCode: string | null, runStatus: string];

const OK_CREATE: Outcome = ['create', 'success', null, 'success'];
const OK_UPDATE: Outcome = ['update', 'success', null, 'success'];
const OK_DISABLE: Outcome = ['disable', 'success', null, 'success'];
const OK_DELETE: Outcome = ['delete', 'success', null, 'success'];
const REDUNDANT: Outcome = ['other', 'skipped', 'RedundantExport', 'success'];
const NOT_SENT: Outcome = ['other', 'skipped', 'EntrySynchronizationSkipped', 'success'];

interface Case {
  app: string;
  profile: string;
  user: string;
  /** A source attribute the app maps, for the change step. */
  changeAttribute: string;
  group: string;
  /** Outcomes of first, first, change, disable, restore, role-change, unassign, first, soft-delete, hard-delete. */
  user_: Outcome[];
  /** Outcomes of first, group-add, group-remove, change, unassign, per dialect (default when the same). */
  group_: { default: Outcome[]; aadOptscim062020?: Outcome[] };
  /** Whether the user is still active in the endpoint after soft-delete (not when `active` is not mapped from IsSoftDeleted). */
  activeAfterSoftDelete: boolean;
  /** The user as the endpoint holds it after hard-delete: 404, or kept (OfficeRnD marks it Former). */
  userAfter: { status: 404 } | { status: 200; resource: Record<string, unknown> };
  /** Whether the group exists in the endpoint (the group mapping is on). */
  groupProvisioned: boolean;
}

const RENAMED = 'Renamed by trial';
const USER_STORY: Scenario[] = [
  { name: 'first' },
  { name: 'first' },
  { name: 'change' },
  { name: 'disable' },
  { name: 'restore' },
  { name: 'role-change' },
  { name: 'unassign' },
  { name: 'first' },
  { name: 'soft-delete' },
  { name: 'hard-delete' },
];
const GROUP_STORY: Scenario[] = [{ name: 'first' }, { name: 'group-add' }, { name: 'group-remove' }, { name: 'change', set: { displayName: RENAMED } }, { name: 'unassign' }];
/** The group mapping is disabled: the group is skipped; its members' runs decide the run's status. */
const GROUP_MAPPING_OFF: Outcome = ['other', 'skipped', 'EntrySynchronizationSkipped', 'success'];

const CASES: Case[] = [
  {
    app: 'Howspace',
    profile: 'howspace',
    user: 'Isabelle Fournier',
    changeAttribute: 'givenName',
    group: 'Howspace Facilitators',
    user_: [OK_CREATE, REDUNDANT, OK_UPDATE, OK_DISABLE, OK_UPDATE, REDUNDANT, OK_DISABLE, OK_UPDATE, OK_DISABLE, OK_DELETE],
    // The flag's `members[value eq "…"]` removal is a PATCH path, not a query: accepted although the profile does not let clients filter members.
    group_: { default: [OK_CREATE, OK_UPDATE, OK_UPDATE, OK_UPDATE, OK_DELETE] },
    activeAfterSoftDelete: false,
    userAfter: { status: 404 },
    groupProvisioned: true,
  },
  {
    app: 'OfficeRnD Workplace',
    profile: 'officernd',
    user: 'Maeve Doyle',
    changeAttribute: 'displayName',
    group: 'Office - London',
    user_: [OK_CREATE, REDUNDANT, OK_UPDATE, OK_DISABLE, OK_UPDATE, REDUNDANT, OK_DISABLE, OK_UPDATE, OK_DISABLE, OK_DELETE],
    group_: { default: [OK_CREATE, OK_UPDATE, OK_UPDATE, OK_UPDATE, OK_DELETE] },
    activeAfterSoftDelete: false,
    userAfter: { status: 200, resource: { userName: 'maeve.doyle@contoso.com', active: false, 'urn:pwb:params:scim:schemas:extension:officernd:2.0:User': { status: 'Former' } } },
    groupProvisioned: true,
  },
  {
    app: 'OfficeSpace Software',
    profile: 'officespace',
    user: 'Rafael Mendoza',
    changeAttribute: 'givenName',
    group: 'Engineering',
    user_: [OK_CREATE, REDUNDANT, OK_UPDATE, OK_DISABLE, OK_UPDATE, REDUNDANT, OK_DISABLE, OK_UPDATE, OK_DISABLE, OK_DELETE],
    // The group mapping is disabled. The officespace profile answers 400 to the manager query (`manager` is not filterable there), so the manager is sent anyway.
    group_: { default: [GROUP_MAPPING_OFF, GROUP_MAPPING_OFF, GROUP_MAPPING_OFF, GROUP_MAPPING_OFF, GROUP_MAPPING_OFF] },
    activeAfterSoftDelete: false,
    userAfter: { status: 404 },
    groupProvisioned: false,
  },
  {
    app: 'Fabrikam Expenses (SCIM)',
    profile: 'generic',
    user: 'Rafael Mendoza',
    changeAttribute: 'givenName',
    group: 'Sales',
    // `active` comes from [accountEnabled], not IsSoftDeleted: disable, unassign and soft-delete send nothing (§4.12 item 36);
    // the user stays managed after a soft delete, so the hard delete is sent.
    user_: [OK_CREATE, REDUNDANT, OK_UPDATE, NOT_SENT, OK_UPDATE, REDUNDANT, NOT_SENT, REDUNDANT, NOT_SENT, OK_DELETE],
    group_: { default: [GROUP_MAPPING_OFF, GROUP_MAPPING_OFF, GROUP_MAPPING_OFF, GROUP_MAPPING_OFF, GROUP_MAPPING_OFF] },
    activeAfterSoftDelete: true,
    userAfter: { status: 404 },
    groupProvisioned: false,
  },
];

let endpoint: ScimClient;
beforeEach(async () => {
  endpoint = await startTestEndpoint('generic');
});
afterEach(async () => {
  await endpoint.close();
});

function logged(run: TrialRun, subjectId: string): Outcome {
  const subject = run.objects.find((o) => o.sourceId === subjectId)!;
  return [subject.action, subject.status, subject.error?.errorCode ?? null, run.status];
}

describe.each(CASES)('$app on the local endpoint ($profile profile)', (c) => {
  beforeEach(async () => {
    await endpoint.close();
    endpoint = await startTestEndpoint(c.profile);
  });
  const app = sampleApp(c.app);

  describe.each(DIALECTS)('dialect %s', (dialect) => {
    const go = (kind: 'User' | 'Group', id: string, scenario: Scenario, state: EntraState) => trial({ app, subject: { kind, id }, scenario, state, baseUrl: endpoint.server.tenantUrl, token: TOKEN, dialect });

    it('user story: first → first → change → disable → restore → role-change → unassign → first → soft-delete → hard-delete', async () => {
      const id = userIdOf(c.user);
      let state: EntraState = { links: {} };
      const got: Step[] = [];
      let targetId = '';
      for (const [i, step] of USER_STORY.entries()) {
        const scenario = step.name === 'change' ? { name: 'change' as const, set: { [c.changeAttribute]: 'Changed by trial' } } : step;
        const run = await go('User', id, scenario, state);
        state = run.state;
        got.push([scenario, ...logged(run, id)]);
        if (i === 0) targetId = run.objects[0]!.targetId!;
        if (i === 7) {
          // Re-assigned: read by id (Entra kept the link), and active again.
          expect(run.exchanges[0]!.method + ' ' + run.exchanges[0]!.url).toBe(`GET ${endpoint.server.tenantUrl}/Users/${targetId}`);
          expect((await endpoint.call('GET', `/Users/${targetId}`)).json.active).toBe(true);
        }
        if (i === 8) expect((await endpoint.call('GET', `/Users/${targetId}`)).json.active).toBe(c.activeAfterSoftDelete);
      }
      expect(got).toEqual(USER_STORY.map((s, i) => [s.name === 'change' ? { name: 'change', set: { [c.changeAttribute]: 'Changed by trial' } } : s, ...c.user_[i]!]));
      const after = await endpoint.call('GET', `/Users/${targetId}`);
      expect(after.status).toBe(c.userAfter.status);
      if (c.userAfter.status === 200) expect(after.json).toMatchObject(c.userAfter.resource);
      expect(state.links[id]).toBeUndefined();
    });

    it('group story: first → group-add → group-remove → change → unassign', async () => {
      const id = groupIdOf(c.group);
      let state: EntraState = { links: {} };
      const got: Outcome[] = [];
      let groupTargetId: string | null = null;
      for (const [i, scenario] of GROUP_STORY.entries()) {
        const run = await go('Group', id, scenario, state);
        state = run.state;
        got.push(logged(run, id));
        if (i === 0) groupTargetId = run.objects.find((o) => o.sourceId === id)!.targetId;
        if (i === 3 && c.groupProvisioned) expect((await endpoint.call('GET', `/Groups/${groupTargetId}`)).json.displayName).toBe(RENAMED);
      }
      expect(got).toEqual(c.group_[dialect] ?? c.group_.default);
      if (c.groupProvisioned) expect((await endpoint.call('GET', `/Groups/${groupTargetId}`)).status).toBe(404);
      else expect(groupTargetId).toBeNull();
      expect(state.links[id]).toBeUndefined();
    });
  });
});
