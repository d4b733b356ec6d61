import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { parseSnapshot, serializeSnapshot } from '../../../../../shared/snapshot/validate';
import type { WorkspaceDb } from '../../../../../electron/core/db/workspace-db';
import { WorkspaceService } from '../../../../../electron/core/workspace/workspace-service';
import { SAMPLE_NOW, sample, tempWorkspace } from '../workspace-fixture';

let ctx: ReturnType<typeof tempWorkspace>;
let workspace: WorkspaceDb;
let service: WorkspaceService;
beforeEach(() => {
  ctx = tempWorkspace();
  workspace = ctx.workspace;
  service = new WorkspaceService(workspace);
});
afterEach(() => ctx.dispose());

function counts() {
  const n = (sql: string) => (workspace.db.prepare(sql).get() as { n: number }).n;
  return {
    users: n('SELECT COUNT(*) AS n FROM users'),
    groups: n('SELECT COUNT(*) AS n FROM groups'),
    apps: n('SELECT COUNT(*) AS n FROM service_principals'),
    logs: n('SELECT COUNT(*) AS n FROM provisioning_logs'),
  };
}

describe('WorkspaceService', () => {
  it('seeds the sample tenant once into an empty workspace', () => {
    expect(service.ensureSampleTenant()).toBe(true);
    expect(service.ensureSampleTenant()).toBe(false);
    const [tenant] = service.tenants();
    expect(tenant).toMatchObject({ source: 'sample', appCount: 5 });
    expect(counts().users).toBeGreaterThanOrEqual(60);
  });

  it('with deferred logs, seeds the sample without them and writes them later in batches', () => {
    expect(service.ensureSampleTenant(SAMPLE_NOW, { deferLogs: true })).toBe(true);
    expect(counts().users).toBe(sample().users.length);
    expect(counts().logs).toBe(0);
    const batches: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const written = service.writeSampleLogs(1000);
      if (written === 0) break;
      batches.push(written);
    }
    const expected = sample().provisioningLogs.length;
    expect(batches.length).toBe(Math.ceil(expected / 1000));
    expect(counts().logs).toBe(expected);
    expect(service.writeSampleLogs()).toBe(0);
  });

  it('imports a snapshot and exports the same tenant back, losslessly', () => {
    const snapshot = sample();
    const summary = service.import(snapshot);
    expect(summary).toMatchObject({ tenantId: snapshot.tenant.id, users: snapshot.users.length, groups: snapshot.groups.length, apps: snapshot.servicePrincipals.length, provisioningLogs: snapshot.provisioningLogs.length });
    const exported = service.export(snapshot.tenant.id);
    const parsed = parseSnapshot(exported.json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(parsed.snapshot.users)).toEqual(byId(snapshot.users));
    // Array order inside an app carries no meaning; the workspace returns assignments sorted by principal.
    const canonical = (apps: typeof snapshot.servicePrincipals) => byId(apps).map((sp) => ({ ...sp, appRoleAssignedTo: byId(sp.appRoleAssignedTo) }));
    expect(canonical(parsed.snapshot.servicePrincipals)).toEqual(canonical(snapshot.servicePrincipals));
    expect(byId(parsed.snapshot.provisioningLogs)).toEqual(byId(snapshot.provisioningLogs));
    const members = (groups: typeof snapshot.groups) => byId(groups).map((g) => [g.id, g.members.map((m) => m.id).sort()]);
    expect(members(parsed.snapshot.groups)).toEqual(members(snapshot.groups));
    expect(exported.fileName).toMatch(/^contoso.*\.pwb-snapshot\.json$/);
  });

  it('is idempotent: importing the same snapshot twice adds no log record twice', () => {
    service.import(sample());
    const first = counts();
    const again = service.import(sample());
    expect(again.provisioningLogs).toBe(0);
    expect(counts()).toEqual(first);
  });

  it('exports one app with just the directory objects it needs, and that export is valid on its own', () => {
    const snapshot = sample();
    service.import(snapshot);
    const howspace = snapshot.servicePrincipals.find((sp) => sp.displayName === 'Howspace')!;
    const exported = service.export(snapshot.tenant.id, howspace.id);
    const parsed = parseSnapshot(exported.json);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.snapshot.servicePrincipals.map((sp) => sp.displayName)).toEqual(['Howspace']);
    expect(parsed.snapshot.users.length).toBeLessThan(snapshot.users.length);
    expect(parsed.snapshot.provisioningLogs.every((r) => r.servicePrincipal?.id === howspace.id)).toBe(true);
    const assigned = howspace.appRoleAssignedTo.map((a) => a.principalId);
    const present = new Set([...parsed.snapshot.users, ...parsed.snapshot.groups].map((o) => o.id));
    for (const id of assigned) expect(present.has(id)).toBe(true);
  });

  it('refuses an invalid snapshot with every problem and changes nothing', () => {
    service.ensureSampleTenant();
    const before = counts();
    const broken = JSON.parse(serializeSnapshot(sample()));
    broken.users[0].id = 42;
    broken.servicePrincipals[0].appRoleAssignedTo[0].appRoleId = null;
    broken.tenant.id = 'another-tenant';
    try {
      service.importText(JSON.stringify(broken), 'broken.json');
      throw new Error('expected the import to be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('INVALID_SNAPSHOT');
      expect(appError.message).toMatch(/broken\.json is not a valid snapshot .*nothing was imported/);
      const paths = appError.details.map((d) => d.path);
      expect(paths).toContain('$.users[0].id');
      expect(paths).toContain('$.servicePrincipals[0].appRoleAssignedTo[0].appRoleId');
    }
    expect(counts()).toEqual(before);
    expect(service.tenants()).toHaveLength(1);
  });

  it('refuses text that is not JSON, naming the line and column', () => {
    expect(() => service.importText('{\n  "format": ', 'cut.json')).toThrow(AppError);
    try {
      service.importText('{\n  "format": ', 'cut.json');
    } catch (error) {
      expect((error as AppError).details[0]?.message).toMatch(/line 2/i);
    }
  });

  it('rolls back a failing import as a whole', () => {
    service.ensureSampleTenant();
    const before = counts();
    const snapshot = structuredClone(sample());
    snapshot.tenant = { ...snapshot.tenant, id: 'tenant-b' };
    // The last log record breaks a NOT NULL constraint after everything else has been written.
    (snapshot.provisioningLogs as unknown[]).push({ ...snapshot.provisioningLogs[0], activityDateTime: null });
    expect(() => service.import(snapshot)).toThrow();
    expect(counts()).toEqual(before);
  });
});
