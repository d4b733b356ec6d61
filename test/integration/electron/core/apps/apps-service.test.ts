import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import type { AppSummary } from '../../../../../shared/ipc/dto/apps';
import { AppsService } from '../../../../../electron/core/apps/apps-service';
import { importSnapshot } from '../../../../../electron/core/workspace/import-snapshot';
import { sample, tempWorkspace } from '../workspace-fixture';

let ctx: ReturnType<typeof tempWorkspace>;
let apps: AppsService;
let tenantId: string;
let list: AppSummary[];
const app = (name: string) => list.find((a) => a.displayName === name)!;

beforeAll(() => {
  ctx = tempWorkspace();
  importSnapshot(ctx.workspace, sample(), 'sample');
  apps = new AppsService(ctx.workspace);
  tenantId = sample().tenant.id;
  list = apps.list(tenantId);
});
afterAll(() => ctx.dispose());

describe('AppsService.list', () => {
  it('lists only the apps with provisioning configured, by name, with their vendor profile', () => {
    expect(list.map((a) => [a.displayName, a.vendorProfile])).toEqual([
      ['Fabrikam Expenses (SCIM)', 'generic'],
      ['Howspace', 'howspace'],
      ['Litware HR Portal', 'generic'],
      ['OfficeRnD Workplace', 'officernd'],
      ['OfficeSpace Software', 'officespace'],
    ]);
    const withoutJobs = sample().servicePrincipals.filter((sp) => sp.synchronization.jobs.length === 0).map((sp) => sp.displayName);
    expect(withoutJobs.length).toBeGreaterThan(0);
    for (const name of withoutJobs) expect(list.map((a) => a.displayName)).not.toContain(name);
  });

  it('flags the quarantined job and counts assignments', () => {
    expect(app('OfficeSpace Software')).toMatchObject({ statusCode: 'Quarantine', quarantined: true });
    expect(list.filter((a) => a.quarantined)).toHaveLength(1);
    const howspace = sample().servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;
    expect(app('Howspace').assignedUsers).toBe(howspace.appRoleAssignedTo.filter((a) => a.principalType === 'User').length);
    expect(app('Howspace').assignedGroups).toBe(howspace.appRoleAssignedTo.filter((a) => a.principalType === 'Group').length);
  });

  it('searches by part of the name, case-insensitively', () => {
    expect(apps.list(tenantId, 'office').map((a) => a.displayName)).toEqual(['OfficeRnD Workplace', 'OfficeSpace Software']);
    expect(apps.list(tenantId, 'no such app')).toEqual([]);
  });

  it('says which tenant or app does not exist', () => {
    expect(() => apps.list('nope')).toThrow(AppError);
    expect(() => apps.overview(tenantId, 'nope')).toThrow(/no app nope/);
  });
});

describe('AppsService.overview', () => {
  it('shows the quarantine reason and error, with placeholders turned into nulls', () => {
    const overview = apps.overview(tenantId, app('OfficeSpace Software').id);
    const job = overview.jobs[0]!;
    expect(job.statusCode).toBe('Quarantine');
    expect(job.quarantine).toMatchObject({ reason: expect.any(String), errorCode: expect.any(String) });
    expect(job.quarantine!.errorMessage).toMatch(/401/);
  });

  it('reports "not scheduled" (null) for a disabled job instead of TimeSpan.MaxValue', () => {
    const litware = apps.overview(tenantId, app('Litware HR Portal').id);
    expect(litware.jobs[0]!.scheduleState).toBe('Disabled');
    expect(litware.jobs[0]!.scheduleInterval).toBeNull();
    expect(apps.overview(tenantId, app('Howspace').id).jobs[0]!.scheduleInterval).toBe('PT40M');
  });

  it('counts users reached through groups and nested members Entra will not provision', () => {
    const overview = apps.overview(tenantId, app('Fabrikam Expenses (SCIM)').id);
    expect(overview.counts.assignedGroups).toBeGreaterThan(0);
    expect(overview.counts.nestedNotProvisioned).toBeGreaterThan(0);
    expect(overview.counts.logRecords).toBeGreaterThan(0);
    expect(overview.appRoles.map((r) => r.displayName)).toContain('User');
  });

  it('does not count a nested member as unprovisioned when another assignment covers them', () => {
    for (const summary of apps.list(tenantId)) {
      const rows = apps.assignments(tenantId, summary.id);
      const covered = new Set([
        ...rows.filter((r) => r.principalType === 'User').map((r) => r.principalId),
        ...rows.flatMap((r) => r.members).filter((m) => !m.nested && m.objectType === 'user').map((m) => m.id),
      ]);
      const nestedOnly = new Set(rows.flatMap((r) => r.members).filter((m) => m.nested && m.objectType === 'user' && !covered.has(m.id)).map((m) => m.id));
      expect(apps.overview(tenantId, summary.id).counts.nestedNotProvisioned).toBe(nestedOnly.size);
    }
  });
});

describe('AppsService.assignments', () => {
  it('names roles, including Default Access for the all-zero role id', () => {
    const rows = apps.assignments(tenantId, app('OfficeSpace Software').id);
    const defaultAccess = rows.filter((r) => r.appRoleId === '00000000-0000-0000-0000-000000000000');
    expect(defaultAccess.length).toBeGreaterThan(0);
    for (const row of defaultAccess) expect(row.roleName).toBe('Default Access');
    expect(rows.every((r) => !r.roleName.startsWith('Unknown role'))).toBe(true);
  });

  it('lists direct members of an assigned group as provisioned and nested members as not, with the chain', () => {
    const rows = apps.assignments(tenantId, app('Fabrikam Expenses (SCIM)').id);
    const groups = rows.filter((r) => r.principalType === 'Group');
    const members = groups.flatMap((g) => g.members);
    const direct = members.filter((m) => !m.nested);
    const nested = members.filter((m) => m.nested);
    expect(direct.length).toBeGreaterThan(0);
    expect(nested.length).toBeGreaterThan(0);
    for (const m of nested) expect(m.via.length).toBeGreaterThan(0);
    // A nested group itself appears as a direct member of type group.
    expect(direct.some((m) => m.objectType === 'group')).toBe(true);
  });

  it('marks disabled and soft-deleted assigned users', () => {
    const all = list.flatMap((a) => apps.assignments(tenantId, a.id)).filter((r) => r.principalType === 'User');
    expect(all.some((r) => r.accountEnabled === false)).toBe(true);
    expect(all.some((r) => r.softDeleted)).toBe(true);
  });
});

describe('AppsService.mappings', () => {
  it("shows Howspace's user mapping as its guide configures it", () => {
    const { jobs } = apps.mappings(tenantId, app('Howspace').id);
    const users = jobs[0]!.objectMappings.find((m) => m.sourceObjectName === 'User')!;
    const byTarget = new Map(users.attributeMappings.map((m) => [m.targetAttributeName, m]));
    expect(byTarget.get('userName')).toMatchObject({ sourceExpression: '[userPrincipalName]', matchingPriority: 1, target: { required: true } });
    expect(byTarget.get('phoneNumbers[type eq "mobile"].value')?.sourceExpression).toBe('[mobile]');
    expect(byTarget.get('active')?.sourceExpression).toMatch(/IsSoftDeleted/);
    expect(users.scope.length).toBeGreaterThan(0);
    expect(users.scope[0]!.clauses[0]).toMatch(/ (equals|is true|is false|contains|ends with) /);
    expect(JSON.parse(jobs[0]!.schemaJson).synchronizationRules.length).toBeGreaterThan(0);
  });

  it("keeps the generic app's deliberate mistakes visible (no matching attribute, active from accountEnabled)", () => {
    const { jobs } = apps.mappings(tenantId, app('Fabrikam Expenses (SCIM)').id);
    const users = jobs[0]!.objectMappings.find((m) => m.sourceObjectName === 'User')!;
    expect(users.attributeMappings.every((m) => m.matchingPriority === 0)).toBe(true);
    expect(users.attributeMappings.find((m) => m.targetAttributeName === 'active')?.sourceExpression).toBe('[accountEnabled]');
  });
});
