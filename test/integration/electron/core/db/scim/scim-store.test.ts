import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../../../../../electron/core/db/connection';
import { SCIM_APPLICATION_ID, ScimStore } from '../../../../../../electron/core/db/scim/scim-store';
import { AppError } from '../../../../../../shared/errors';

describe('SCIM store (its own SQLite file)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-scim-store-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migration 1 creates the tables and indexes and marks the file as a SCIM store', () => {
    const store = ScimStore.open(path.join(dir, 'scim.sqlite'));
    try {
      expect(store.db.pragma('application_id', { simple: true })).toBe(SCIM_APPLICATION_ID);
      expect(store.db.pragma('user_version', { simple: true })).toBe(1);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      const names = (store.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name LIKE 'scim_%'").all() as Array<{ name: string }>).map((r) => r.name);
      expect(names).toEqual(
        expect.arrayContaining(['scim_users', 'scim_groups', 'scim_members', 'scim_request_log', 'scim_meta', 'scim_users_user_name', 'scim_users_external_id', 'scim_groups_display_name']),
      );
    } finally {
      store.close();
    }
  });

  it('refuses a workspace file, and the workspace refuses a SCIM store, leaving both untouched', () => {
    const workspaceFile = path.join(dir, 'workspace.sqlite');
    openWorkspaceDb(workspaceFile).close();
    const before = fs.readFileSync(workspaceFile);
    expect(() => ScimStore.open(workspaceFile)).toThrow(AppError);
    expect(() => ScimStore.open(workspaceFile)).toThrow(/not a Provisioning Workbench SCIM store/);
    expect(fs.readFileSync(workspaceFile).equals(before)).toBe(true);
    const scimFile = path.join(dir, 'scim.sqlite');
    ScimStore.open(scimFile).close();
    expect(() => openWorkspaceDb(scimFile)).toThrow(/not a Provisioning Workbench workspace/);
  });

  it('keeps the request log bounded, dropping the oldest entries', () => {
    const store = ScimStore.open(path.join(dir, 'scim.sqlite'), { logCapacity: 10 });
    try {
      const entry = (i: number) => ({ at: new Date(i).toISOString(), method: 'GET', path: `/r/${i}`, status: 200, durationMs: 1, resourceType: null, requestBody: null, responseBody: null });
      for (let batch = 0; batch < 5; batch++) store.log.append(Array.from({ length: 7 }, (_, i) => entry(batch * 7 + i)));
      const rows = store.log.list({ limit: 100 });
      expect(rows).toHaveLength(10);
      expect(rows[0]?.path).toBe('/r/34');
      expect(rows.at(-1)?.path).toBe('/r/25');
      expect(store.log.list({ limit: 100, afterSeq: rows[1]!.seq })).toHaveLength(1);
      expect(store.log.list({ limit: 100, pathContains: '/R/3' }).map((r) => r.path)).toEqual(['/r/34', '/r/33', '/r/32', '/r/31', '/r/30']);
    } finally {
      store.close();
    }
  });

  it('reset removes users, groups, memberships and the log', () => {
    const store = ScimStore.open(path.join(dir, 'scim.sqlite'));
    try {
      const now = new Date().toISOString();
      store.users.insert({ id: 'u', userName: 'u@x', externalId: null, displayName: null, active: true, json: '{}', now });
      store.groups.insert({ id: 'g', externalId: null, displayName: 'G', json: '{}', now });
      store.members.add('g', [{ id: 'u', type: 'User' }]);
      store.reset();
      expect([store.users.countAll(), store.groups.countAll(), store.members.ofMember('u').length, store.log.latest().count]).toEqual([0, 0, 0, 0]);
    } finally {
      store.close();
    }
  });
});
