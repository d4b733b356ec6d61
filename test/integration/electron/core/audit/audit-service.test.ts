import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../../../../electron/core/audit/audit-service';
import { importSnapshot } from '../../../../../electron/core/workspace/import-snapshot';
import { serializeSnapshot } from '../../../../../shared/snapshot/validate';
import { AppError } from '../../../../../shared/errors';
import { appPopulation } from '../../../../../shared/mapping/app-population';
import { SAMPLE_NOW, sample, tempWorkspace } from '../workspace-fixture';

let ctx: ReturnType<typeof tempWorkspace>;
let audit: AuditService;
let tenantId: string;
const appId = (name: string) => sample().servicePrincipals.find((sp) => sp.displayName?.startsWith(name))!.id;
/** The app's whole population, as the pickers search it (the audit run carries only its size and starting objects). */
function members(name: string) {
  const sp = sample().servicePrincipals.find((s) => s.displayName?.startsWith(name))!;
  return appPopulation(sp, sample(), sp.synchronization.jobs[0]!.schema.synchronizationRules.flatMap((r) => r.objectMappings)).members;
}

beforeAll(() => {
  ctx = tempWorkspace();
  importSnapshot(ctx.workspace, sample(), 'sample');
  audit = new AuditService(ctx.workspace, () => SAMPLE_NOW);
  tenantId = sample().tenant.id;
});
afterAll(() => ctx.dispose());

describe('AuditService over a real workspace', () => {
  it('runs the audit with findings, mappings, population and profiles', () => {
    const run = audit.run(tenantId, appId('Fabrikam'));
    // Six deliberate mapping mistakes, and name.formatted, which the app rejected in the sample's logs.
    expect(run.counts.error).toBe(7);
    expect(run.findings.filter((f) => f.ruleId === 'target-attribute-rejected-in-logs').map((f) => f.targetAttributeName)).toEqual(['name.formatted']);
    expect(run.profileId).toBe('generic');
    const users = run.objectMappings.find((o) => o.objectKind === 'User')!;
    expect(users.attributeMappings[0]).toMatchObject({ targetAttributeName: 'userName', expression: '[mail]', matchingPriority: 0 });
    expect(users.sourceAttributes).toContain('department');
    const all = members('Fabrikam');
    const firstInScope = all.find((m) => m.kind === 'User' && m.inScope)!;
    expect(run.population).toEqual({
      total: all.length,
      firstUser: { id: firstInScope.id, kind: 'User', displayName: firstInScope.displayName, detail: firstInScope.detail, assignedVia: firstInScope.assignedVia, inScope: true },
      firstGroup: expect.objectContaining({ kind: 'Group', id: all.find((m) => m.kind === 'Group')!.id }),
    });
    expect(run.profiles.map((p) => p.id)).toContain('howspace');
  });

  it('switches the vendor profile on request', () => {
    const run = audit.run(tenantId, appId('Fabrikam'), 'howspace');
    expect(run.profileId).toBe('howspace');
    expect(run.findings.map((f) => f.ruleId)).toContain('target-unknown-to-profile');
  });

  it('previews one user: per-attribute values with a trace, and the SCIM create body', () => {
    const user = audit.run(tenantId, appId('Howspace')).population.firstUser!;
    const preview = audit.preview(tenantId, appId('Howspace'), user.id, 'create');
    expect(preview.displayName).toBe(user.displayName);
    expect(preview.source.userPrincipalName).toBeTruthy();
    const active = preview.attributes.find((a) => a.targetAttributeName === 'active')!;
    expect(active).toMatchObject({ status: 'value', value: 'True' });
    expect(active.trace!.length).toBeGreaterThan(1);
    expect(preview.scim.body).toMatchObject({ userName: preview.source.userPrincipalName, active: true, meta: { resourceType: 'User' } });
  });

  it('plans the create with the trial-sync engine: the POST it would send', () => {
    const user = audit.run(tenantId, appId('Howspace')).population.firstUser!;
    const { plan, source } = audit.preview(tenantId, appId('Howspace'), user.id, 'create');
    expect(plan.failure).toBeNull();
    expect(plan.request).toMatchObject({ method: 'POST', path: '/Users', body: { userName: source.userPrincipalName, active: true } });
  });

  it('says a create with a required value null fails with MandatoryFieldsMissing and sends no POST', () => {
    const noMail = members('Fabrikam').find((m) => m.kind === 'User' && m.inScope && !m.source.mail)!;
    const { plan } = audit.preview(tenantId, appId('Fabrikam'), noMail.id, 'create');
    expect(plan.request).toBeNull();
    expect(plan.failure?.errorCode).toBe('MandatoryFieldsMissing');
    expect(plan.failure?.reason).toContain('userName');
  });

  it('plans an update as the PATCH of only what differs from the given target object, in the chosen dialect', () => {
    const user = audit.run(tenantId, appId('Howspace')).population.firstUser!;
    const created = audit.preview(tenantId, appId('Howspace'), user.id, 'create').plan.request!.body as Record<string, unknown>;
    const target = { ...created, id: 't-1', name: { ...(created['name'] as object), givenName: 'Someone else' } };
    const update = audit.preview(tenantId, appId('Howspace'), user.id, 'update', { dialect: 'default', targetObject: target });
    expect(update.plan.request).toEqual({
      method: 'PATCH',
      path: '/Users/t-1',
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'name.givenName', value: update.source.givenName }] },
    });
    const same = audit.preview(tenantId, appId('Howspace'), user.id, 'update', { targetObject: { ...created, id: 't-1' } });
    expect(same.plan.request).toBeNull();
    expect(same.plan.summary).toContain('RedundantExport');
  });

  it('says nothing would be sent for an object whose mapping is disabled', () => {
    const group = audit.run(tenantId, appId('Fabrikam')).population.firstGroup;
    if (!group) throw new Error('the sample assigns a group to Fabrikam Expenses');
    const { plan } = audit.preview(tenantId, appId('Fabrikam'), group.id, 'create');
    expect(plan.blocked).toContain('disabled');
    expect(plan.request).toBeNull();
  });

  it('refuses a preview for an object that is not assigned', () => {
    expect(() => audit.preview(tenantId, appId('Howspace'), 'not-a-user', 'create')).toThrow(AppError);
  });

  it('diffs against the recommended mapping and against another snapshot', () => {
    const recommended = audit.diff(tenantId, appId('Fabrikam'), { kind: 'recommended' });
    expect(recommended.summary.changed).toBeGreaterThan(0);
    const edited = structuredClone(sample());
    const fabrikam = edited.servicePrincipals.find((sp) => sp.id === appId('Fabrikam'))!;
    fabrikam.synchronization.jobs[0]!.schema.synchronizationRules[0]!.objectMappings[0]!.attributeMappings.pop();
    const diff = audit.diff(tenantId, appId('Fabrikam'), { kind: 'snapshot', fileName: 'old.json', text: serializeSnapshot(edited) });
    expect(diff.summary).toMatchObject({ added: 1, removed: 0, changed: 0 });
    expect(diff.leftLabel).toContain('old.json');
    const byMappings = audit.diff(tenantId, appId('Fabrikam'), { kind: 'mappings', label: 'edited', objectMappings: fabrikam.synchronization.jobs[0]!.schema.synchronizationRules[0]!.objectMappings });
    expect(byMappings.summary).toMatchObject({ added: 1, removed: 0, changed: 0 });
    expect(byMappings.leftLabel).toBe('edited');
  });

  it('renders a report with a file name', () => {
    const report = audit.report(tenantId, appId('Litware'), 'html');
    expect(report.fileName).toBe('audit-Litware-HR-Portal.html');
    expect(report.text).toContain('Mapping audit: Litware HR Portal');
  });
});
