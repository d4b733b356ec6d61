import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnNames, indexNames, tableNames, workspaceAt } from './migration-steps';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-m1-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 1: the tenant cache', () => {
  it('creates the tenant cache tables with their columns and indexes', () => {
    const db = workspaceAt(path.join(dir, 'w.sqlite'), 1);
    try {
      expect(tableNames(db)).toEqual([
        'app_role_assignments', 'group_members', 'groups', 'provisioning_logs', 'service_principals', 'sync_jobs', 'sync_templates', 'tenants', 'users',
      ]);
      expect(columnNames(db, 'tenants')).toEqual(['id', 'display_name', 'default_domain', 'source', 'fetched_at', 'json']);
      expect(columnNames(db, 'users')).toEqual(['tenant_id', 'id', 'display_name', 'user_principal_name', 'account_enabled', 'deleted_at', 'json']);
      expect(columnNames(db, 'groups')).toEqual(['tenant_id', 'id', 'display_name', 'json']);
      expect(columnNames(db, 'group_members')).toEqual(['tenant_id', 'group_id', 'member_id', 'member_type']);
      expect(columnNames(db, 'service_principals')).toEqual(['tenant_id', 'id', 'app_id', 'display_name', 'fetched_at', 'json']);
      expect(columnNames(db, 'app_role_assignments')).toEqual([
        'tenant_id', 'service_principal_id', 'id', 'principal_id', 'principal_type', 'principal_display_name', 'app_role_id', 'created_at', 'json',
      ]);
      expect(columnNames(db, 'sync_jobs')).toEqual(['tenant_id', 'service_principal_id', 'id', 'template_id', 'status_code', 'json', 'schema_json']);
      expect(columnNames(db, 'sync_templates')).toEqual(['tenant_id', 'service_principal_id', 'id', 'json']);
      expect(columnNames(db, 'provisioning_logs')).toEqual([
        'tenant_id', 'id', 'activity_at', 'status', 'action', 'service_principal_id', 'job_id', 'cycle_id', 'change_id', 'source_id', 'source_name',
        'target_id', 'error_code', 'json',
      ]);
      expect(indexNames(db, 'group_members')).toEqual(['group_members_by_member']);
      expect(indexNames(db, 'provisioning_logs')).toEqual(['provisioning_logs_by_app_time', 'provisioning_logs_by_time']);
      expect(db.pragma('user_version', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
  });

  it("deleting a tenant deletes its users, groups' members, apps and their assignments and jobs", () => {
    const db = workspaceAt(path.join(dir, 'w.sqlite'), 1);
    try {
      db.exec(`
        INSERT INTO tenants (id, display_name, source, fetched_at, json) VALUES ('t', 'T', 'file', '2026-11-20', '{}');
        INSERT INTO users (tenant_id, id, display_name, json) VALUES ('t', 'u', 'U', '{}');
        INSERT INTO groups (tenant_id, id, display_name, json) VALUES ('t', 'g', 'G', '{}');
        INSERT INTO group_members (tenant_id, group_id, member_id, member_type) VALUES ('t', 'g', 'u', 'user');
        INSERT INTO service_principals (tenant_id, id, app_id, display_name, fetched_at, json) VALUES ('t', 'sp', 'app', 'App', '2026-11-20', '{}');
        INSERT INTO app_role_assignments (tenant_id, service_principal_id, id, principal_id, principal_type, app_role_id, json) VALUES ('t', 'sp', 'a', 'u', 'User', 'r', '{}');
        INSERT INTO sync_jobs (tenant_id, service_principal_id, id, template_id, json) VALUES ('t', 'sp', 'j', 'tpl', '{}');
        INSERT INTO sync_templates (tenant_id, service_principal_id, id, json) VALUES ('t', 'sp', 'tpl', '{}');
        INSERT INTO provisioning_logs (tenant_id, id, activity_at, json) VALUES ('t', 'l', '2026-11-20T00:00:00Z', '{}');
      `);
      db.prepare(`DELETE FROM tenants WHERE id = 't'`).run();
      const counts = tableNames(db).map((table) => [table, db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()]);
      expect(Object.fromEntries(counts)).toEqual({
        app_role_assignments: 0, group_members: 0, groups: 0, provisioning_logs: 0, service_principals: 0, sync_jobs: 0, sync_templates: 0, tenants: 0, users: 0,
      });
    } finally {
      db.close();
    }
  });

  it("accepts only the sources 'sample', 'graph' and 'file' for a tenant", () => {
    const db = workspaceAt(path.join(dir, 'w.sqlite'), 1);
    try {
      const insert = db.prepare(`INSERT INTO tenants (id, display_name, source, fetched_at, json) VALUES (?, 'T', ?, '2026-11-20', '{}')`);
      for (const source of ['sample', 'graph', 'file']) insert.run(source, source);
      expect(() => insert.run('other', 'snapshot')).toThrow(/CHECK constraint failed/);
      expect(db.prepare('SELECT id FROM tenants ORDER BY id').pluck().all()).toEqual(['file', 'graph', 'sample']);
    } finally {
      db.close();
    }
  });
});
