import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisioningObjectSummarySchema } from '../../../../../shared/graph/provisioning-log';
import { DIALECTS, type EntraState } from '../../../../../shared/sync';
import { LIST_SCHEMA, startRecordingServer, type RecordingServer } from './recording-scim-server';
import { sample } from '../workspace-fixture';
import { groupIdOf, sampleApp, trial, userIdOf } from './trial-fixture';

const employeeIdOf = (name: string) => sample().users.find((u) => u.displayName === name)!.employeeId;

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const MANAGER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager';
const howspace = sampleApp('Howspace');
const isabelle = userIdOf('Isabelle Fournier');
const zofia = userIdOf('Zofia Nowak');

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(async () => {
  await server.close();
});

const lines = () => server.requests.map((r) => `${r.method} ${r.path}`);
const run = (subject: Parameters<typeof trial>[0]['subject'], rest: Partial<Parameters<typeof trial>[0]> = {}) => trial({ app: howspace, subject, baseUrl: server.baseUrl, ...rest });

describe('trial sync against a recording SCIM server: what Entra sends', () => {
  it('first: the matching GET, then one POST whose userName is the mapped value; every record is a valid provisioning log record', async () => {
    const result = await run({ kind: 'User', id: isabelle });
    expect(lines()).toEqual(['GET /Users?filter=userName eq "isabelle.fournier@contoso.com"', 'POST /Users']);
    expect(server.requests[1]!.body).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'isabelle.fournier@contoso.com',
      active: true,
      name: { givenName: 'Isabelle', familyName: 'Fournier' },
      externalId: 'isabelle.fournier',
      meta: { resourceType: 'User' },
    });
    expect(result.status).toBe('success');
    expect(result.objects.map((o) => [o.action, o.status, o.targetId])).toEqual([['create', 'success', 'u-1']]);
    expect(result.state.links[isabelle]).toMatchObject({ targetId: 'u-1', managed: true, kind: 'User' });
    expect(result.records).toHaveLength(1);
    expect(provisioningObjectSummarySchema.safeParse(result.records[0]).success).toBe(true);
    expect(result.records[0]!.provisioningSteps.map((s) => [s.provisioningStepType, s.name])).toEqual([
      ['import', 'EntryImportAdd'],
      ['matching', 'EntryImportByMatchingProperty'],
      ['scoping', 'EntrySynchronizationScoping'],
      ['export', 'EntryExportAdd'],
    ]);
  });

  it('a second first reads the linked user by id and sends no POST (RedundantExport)', async () => {
    const first = await run({ kind: 'User', id: isabelle });
    server.clear();
    const second = await run({ kind: 'User', id: isabelle }, { state: first.state });
    expect(lines()).toEqual(['GET /Users/u-1']);
    expect(second.objects[0]).toMatchObject({ action: 'other', status: 'skipped', error: { errorCode: 'RedundantExport' } });
  });

  it('change with set {givenName: X}: one PATCH carrying only that attribute', async () => {
    const first = await run({ kind: 'User', id: isabelle });
    server.clear();
    const changed = await run({ kind: 'User', id: isabelle }, { state: first.state, scenario: { name: 'change', set: { givenName: 'Isa' } } });
    expect(lines()).toEqual(['GET /Users/u-1', 'PATCH /Users/u-1']);
    expect(server.requests[1]!.body).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'name.givenName', value: 'Isa' }] });
    expect(changed.objects[0]).toMatchObject({ action: 'update', status: 'success', modifiedProperties: [{ displayName: 'name.givenName', oldValue: 'Isabelle', newValue: 'Isa' }] });
  });

  describe.each(DIALECTS)('dialect %s', (dialect) => {
    it('soft-delete: PATCH active false, then hard-delete: DELETE of the created id', async () => {
      const first = await run({ kind: 'User', id: isabelle }, { dialect });
      server.clear();
      const soft = await run({ kind: 'User', id: isabelle }, { dialect, state: first.state, scenario: { name: 'soft-delete' } });
      expect(lines()).toEqual(['GET /Users/u-1', 'PATCH /Users/u-1']);
      expect(server.requests[1]!.body).toEqual({
        schemas: [PATCH_OP],
        Operations: [dialect === 'default' ? { op: 'Replace', path: 'active', value: 'False' } : { op: 'replace', path: 'active', value: false }],
      });
      expect(soft.objects[0]).toMatchObject({ action: 'disable', status: 'success' });
      expect(soft.state.links[isabelle]!.managed).toBe(true);
      server.clear();
      const hard = await run({ kind: 'User', id: isabelle }, { dialect, state: soft.state, scenario: { name: 'hard-delete' } });
      expect(lines()).toEqual(['DELETE /Users/u-1']);
      expect(hard.objects[0]).toMatchObject({ action: 'delete', status: 'success' });
      expect(hard.state.links[isabelle]).toBeUndefined();
      expect(server.users.size).toBe(0);
    });

    it('unassign: PATCH active false; a later hard delete sends nothing (Entra no longer manages the user)', async () => {
      const first = await run({ kind: 'User', id: zofia }, { dialect });
      server.clear();
      const unassigned = await run({ kind: 'User', id: zofia }, { dialect, state: first.state, scenario: { name: 'unassign' } });
      expect(lines()).toEqual(['GET /Users/u-1', 'PATCH /Users/u-1']);
      expect((server.requests[1]!.body as { Operations: unknown[] }).Operations).toEqual([dialect === 'default' ? { op: 'Replace', path: 'active', value: 'False' } : { op: 'replace', path: 'active', value: false }]);
      expect(unassigned.objects[0]).toMatchObject({ action: 'disable', status: 'success' });
      expect(unassigned.state.links[zofia]!.managed).toBe(false);
      server.clear();
      const hard = await run({ kind: 'User', id: zofia }, { dialect, state: unassigned.state, scenario: { name: 'hard-delete' } });
      expect(lines()).toEqual([]);
      expect(hard.objects[0]).toMatchObject({ action: 'other', status: 'skipped', error: { errorCode: 'EntrySynchronizationSkipped' } });
      expect(server.users.get('u-1')!['active']).toBe(false);
    });

    it('a group: users first, POST /Groups with the Microsoft URN and no members, then one member PATCH with the users\' target ids', async () => {
      const group = groupIdOf('Howspace Facilitators');
      const result = await run({ kind: 'Group', id: group, memberIds: [isabelle, zofia] }, { dialect });
      expect(lines()).toEqual([
        'GET /Users?filter=userName eq "isabelle.fournier@contoso.com"',
        'POST /Users',
        'GET /Users?filter=userName eq "zofia.nowak@contoso.com"',
        'POST /Users',
        'GET /Groups?excludedAttributes=members&filter=displayName eq "Howspace Facilitators"',
        'POST /Groups',
        'PATCH /Groups/g-3',
      ]);
      expect(server.requests[5]!.body).toEqual({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
        displayName: 'Howspace Facilitators',
        externalId: group,
        meta: { resourceType: 'Group' },
      });
      expect(server.requests[6]!.body).toEqual({
        schemas: [PATCH_OP],
        Operations: [{ op: dialect === 'default' ? 'Add' : 'add', path: 'members', value: [{ $ref: null, value: 'u-1' }, { $ref: null, value: 'u-2' }] }],
      });
      expect(result.objects.map((o) => [o.kind, o.action, o.status])).toEqual([
        ['User', 'create', 'success'],
        ['User', 'create', 'success'],
        ['Group', 'create', 'success'],
      ]);
      expect(result.state.links[group]!.lastExported['members']).toEqual(['u-1', 'u-2']);
    });
  });

  it('group-remove: the user who left is processed too (disabled when the group was their only assignment), then the member is removed', async () => {
    const group = groupIdOf('Howspace Facilitators');
    const first = await run({ kind: 'Group', id: group, memberIds: [isabelle, zofia] });
    server.requests.length = 0;
    const removed = await run({ kind: 'Group', id: group }, { state: first.state, scenario: { name: 'group-remove', userId: zofia } });
    expect(lines()).toEqual(['GET /Users/u-2', 'PATCH /Users/u-2', 'GET /Users/u-1', 'GET /Groups/g-3?excludedAttributes=members', 'PATCH /Groups/g-3']);
    expect(server.requests[1]!.body).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    expect(server.requests[4]!.body).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: 'u-2' }] }] });
    expect(removed.objects.map((o) => [o.displayName, o.action, o.status])).toEqual([
      ['Zofia Nowak', 'disable', 'success'],
      ['Isabelle Fournier', 'other', 'skipped'],
      ['Howspace Facilitators', 'update', 'success'],
    ]);
    expect(removed.state.links[zofia]!.managed).toBe(false);
  });

  it('matching precedence: a null first matching attribute is skipped and the second one is queried', async () => {
    const litware = sampleApp('Litware HR Portal');
    const lars = userIdOf('Lars Nyström');
    const cleared = await trial({ app: litware, subject: { kind: 'User', id: lars }, baseUrl: server.baseUrl, scenario: { name: 'change', set: { employeeId: null } } });
    expect(lines()).toEqual(['GET /Users?filter=userName eq "lars.nystrom@contoso.com"', 'POST /Users']);
    expect(cleared.objects[0]).toMatchObject({ action: 'create', status: 'success' });
    server.users.clear();
    server.clear();
    const both = await trial({ app: litware, subject: { kind: 'User', id: lars }, baseUrl: server.baseUrl });
    expect(lines()).toEqual([`GET /Users?filter=externalId eq "${employeeIdOf('Lars Nyström')}"`, 'GET /Users?filter=userName eq "lars.nystrom@contoso.com"', 'POST /Users']);
    expect(both.objects[0]).toMatchObject({ action: 'create', status: 'success' });
  });

  it('several matches: DuplicateTargetEntries and no POST', async () => {
    const twin = (id: string) => ({ id, userName: 'isabelle.fournier@contoso.com' });
    server.script((r) => (r.method === 'GET' ? { status: 200, body: { schemas: [LIST_SCHEMA], totalResults: 2, Resources: [twin('a'), twin('b')], startIndex: 1, itemsPerPage: 2 } } : undefined));
    const result = await run({ kind: 'User', id: isabelle });
    expect(lines()).toEqual(['GET /Users?filter=userName eq "isabelle.fournier@contoso.com"']);
    expect(result.status).toBe('failure');
    expect(result.objects[0]).toMatchObject({ status: 'failure', error: { errorCode: 'DuplicateTargetEntries' } });
    expect(result.state.links).toEqual({});
  });

  it('a linked id that answers 404: InvalidAnchor', async () => {
    const first = await run({ kind: 'User', id: isabelle });
    server.users.delete('u-1');
    server.clear();
    const result = await run({ kind: 'User', id: isabelle }, { state: first.state });
    expect(lines()).toEqual(['GET /Users/u-1']);
    expect(result.objects[0]).toMatchObject({ status: 'failure', error: { errorCode: 'InvalidAnchor', errorCategory: 'nonServiceFailure' } });
  });

  describe('a failing target: each answer mapped to its Entra error code', () => {
    const cases: Array<[string, (r: { method: string; path: string }) => ReturnType<Parameters<RecordingServer['script']>[0] & object>, string, string[]]> = [
      ['POST 400', (r) => (r.method === 'POST' ? { status: 400, body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '400', detail: 'bad' } } : undefined), 'WebExceptionProtocolError', ['GET', 'POST']],
      ['POST 409', (r) => (r.method === 'POST' ? { status: 409, body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', scimType: 'uniqueness', detail: 'taken' } } : undefined), 'EntryConflict', ['GET', 'POST']],
      ['POST 429', (r) => (r.method === 'POST' ? { status: 429, body: { detail: 'slow down' } } : undefined), 'TooManyRequests', ['GET', 'POST']],
      ['POST 500', (r) => (r.method === 'POST' ? { status: 500, text: 'boom', contentType: 'text/plain' } : undefined), 'InternalServerError', ['GET', 'POST']],
      ['GET never answered', (r) => (r.method === 'GET' ? { hang: true } : undefined), 'Timeout', ['GET']],
      ['GET answered with an HTML 200 page', (r) => (r.method === 'GET' ? { status: 200, text: '<html><body>Sign in</body></html>', contentType: 'text/html' } : undefined), 'SystemForCrossDomainIdentityManagementServiceIncompatible', ['GET']],
      ['GET filter answered 404', (r) => (r.method === 'GET' ? { status: 404, body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'no user' } } : undefined), 'SystemForCrossDomainIdentityManagementServiceIncompatible', ['GET']],
    ];
    it.each(cases)('%s', async (_name, script, code, methods) => {
      server.script(script);
      const result = await run({ kind: 'User', id: isabelle }, { timeoutMs: 300 });
      expect(server.requests.map((r) => r.method)).toEqual(methods);
      expect(result.status).toBe('failure');
      expect(result.objects[0]!.error!.errorCode).toBe(code);
      expect(result.state.links).toEqual({});
      expect(provisioningObjectSummarySchema.safeParse(result.records[0]).success).toBe(true);
      expect(result.records[0]!.provisioningStatusInfo.errorInformation?.errorCode).toBe(code);
    });
  });

  it('a required value that is null: MandatoryFieldsMissing and no POST', async () => {
    const officernd = sampleApp('OfficeRnD Workplace');
    const maeve = userIdOf('Maeve Doyle');
    const result = await trial({ app: officernd, subject: { kind: 'User', id: maeve }, baseUrl: server.baseUrl, scenario: { name: 'change', set: { userPrincipalName: null } } });
    expect(lines()).toEqual([`GET /Users?filter=externalId eq "${maeve}"`]);
    expect(result.objects[0]).toMatchObject({ action: 'create', status: 'failure', error: { errorCode: 'MandatoryFieldsMissing' } });
  });

  it('a dry run sends only GETs and records the writes as not sent', async () => {
    const result = await run({ kind: 'User', id: isabelle }, { dryRun: true });
    expect(lines()).toEqual(['GET /Users?filter=userName eq "isabelle.fournier@contoso.com"']);
    expect(result.exchanges.map((e) => [e.method, e.sent, e.response === null])).toEqual([
      ['GET', true, false],
      ['POST', false, true],
    ]);
    expect(result.records).toEqual([]);
    expect(result.state).toEqual({ links: {} });
    expect(server.users.size).toBe(0);
  });

  describe('the manager (OfficeSpace maps it)', () => {
    const officespace = sampleApp('OfficeSpace Software');
    const daniel = userIdOf('Daniel Okafor');
    const margaret = userIdOf("Margaret O'Brien");

    it('a user whose manager is already linked: the manager query, then a PATCH of manager', async () => {
      const managerRun = await trial({ app: officespace, subject: { kind: 'User', id: daniel }, baseUrl: server.baseUrl });
      server.clear();
      const state: EntraState = managerRun.state;
      const result = await trial({ app: officespace, subject: { kind: 'User', id: margaret }, baseUrl: server.baseUrl, state });
      expect(lines()).toEqual(['GET /Users?filter=userName eq "margaret.obrien@contoso.com"', 'POST /Users', 'GET /Users?filter=id eq "u-2" and manager eq "u-1"', 'PATCH /Users/u-2']);
      expect((server.requests[1]!.body as Record<string, unknown>)[MANAGER]).toBeUndefined();
      expect(server.requests[3]!.body).toEqual({ schemas: [PATCH_OP], Operations: [{ op: 'Add', path: MANAGER, value: { value: 'u-1' } }] });
      expect(result.objects[0]).toMatchObject({ action: 'create', status: 'success' });
    });

    it('a user who is disabled gets only its active PATCH: no manager query or PATCH', async () => {
      const managerRun = await trial({ app: officespace, subject: { kind: 'User', id: daniel }, baseUrl: server.baseUrl });
      const created = await trial({ app: officespace, subject: { kind: 'User', id: margaret }, baseUrl: server.baseUrl, state: managerRun.state });
      server.clear();
      const disabled = await trial({ app: officespace, subject: { kind: 'User', id: margaret }, baseUrl: server.baseUrl, state: created.state, scenario: { name: 'disable' } });
      expect(lines()).toEqual(['GET /Users/u-2', 'PATCH /Users/u-2']);
      expect(disabled.objects[0]).toMatchObject({ action: 'disable', status: 'success' });
    });

    it('a manager not provisioned: no manager reference is sent', async () => {
      const result = await trial({ app: officespace, subject: { kind: 'User', id: margaret }, baseUrl: server.baseUrl });
      expect(lines()).toEqual(['GET /Users?filter=userName eq "margaret.obrien@contoso.com"', 'POST /Users']);
      expect(result.objects[0]).toMatchObject({ action: 'create', status: 'success' });
    });
  });
});
