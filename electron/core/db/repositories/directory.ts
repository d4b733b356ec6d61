import type { Db } from '../connection';

export interface DirectoryUserInput {
  id: string;
  displayName: string;
  userPrincipalName: string | null;
  accountEnabled: boolean | null;
  deletedAt: string | null;
  json: string;
}

export interface GroupMemberRow {
  group_id: string;
  member_id: string;
  member_type: string;
}

/** Users, groups and direct group memberships of a tenant. */
export class DirectoryRepository {
  private readonly upsertUserStmt;
  private readonly upsertGroupStmt;
  private readonly clearMembersStmt;
  private readonly addMemberStmt;
  private readonly userStmt;
  private readonly groupStmt;
  private readonly membersStmt;
  private readonly allUsersStmt;
  private readonly allGroupsStmt;
  private readonly allMembersStmt;

  constructor(db: Db) {
    this.upsertUserStmt = db.prepare(`
      INSERT INTO users (tenant_id, id, display_name, user_principal_name, account_enabled, deleted_at, json)
      VALUES (@tenantId, @id, @displayName, @userPrincipalName, @accountEnabled, @deletedAt, @json)
      ON CONFLICT (tenant_id, id) DO UPDATE SET display_name = excluded.display_name,
        user_principal_name = excluded.user_principal_name, account_enabled = excluded.account_enabled,
        deleted_at = excluded.deleted_at, json = excluded.json`);
    this.upsertGroupStmt = db.prepare(`
      INSERT INTO groups (tenant_id, id, display_name, json) VALUES (@tenantId, @id, @displayName, @json)
      ON CONFLICT (tenant_id, id) DO UPDATE SET display_name = excluded.display_name, json = excluded.json`);
    this.clearMembersStmt = db.prepare(`DELETE FROM group_members WHERE tenant_id = ? AND group_id = ?`);
    this.addMemberStmt = db.prepare(`
      INSERT OR IGNORE INTO group_members (tenant_id, group_id, member_id, member_type)
      VALUES (@tenantId, @groupId, @memberId, @memberType)`);
    this.userStmt = db.prepare(`SELECT json FROM users WHERE tenant_id = ? AND id = ?`);
    this.groupStmt = db.prepare(`SELECT json FROM groups WHERE tenant_id = ? AND id = ?`);
    this.membersStmt = db.prepare(
      `SELECT group_id, member_id, member_type FROM group_members WHERE tenant_id = ? AND group_id = ? ORDER BY member_id`,
    );
    this.allUsersStmt = db.prepare(`SELECT json FROM users WHERE tenant_id = ? ORDER BY display_name COLLATE NOCASE, id`);
    this.allGroupsStmt = db.prepare(`SELECT json FROM groups WHERE tenant_id = ? ORDER BY display_name COLLATE NOCASE, id`);
    this.allMembersStmt = db.prepare(
      `SELECT group_id, member_id, member_type FROM group_members WHERE tenant_id = ? ORDER BY group_id, member_id`,
    );
  }

  upsertUser(tenantId: string, user: DirectoryUserInput): void {
    this.upsertUserStmt.run({ tenantId, ...user, accountEnabled: user.accountEnabled == null ? null : Number(user.accountEnabled) });
  }

  upsertGroup(tenantId: string, group: { id: string; displayName: string; json: string }, members: Array<{ id: string; type: string }>): void {
    this.upsertGroupStmt.run({ tenantId, ...group });
    this.clearMembersStmt.run(tenantId, group.id);
    for (const member of members) this.addMemberStmt.run({ tenantId, groupId: group.id, memberId: member.id, memberType: member.type });
  }

  userJson(tenantId: string, id: string): string | undefined {
    return (this.userStmt.get(tenantId, id) as { json: string } | undefined)?.json;
  }

  groupJson(tenantId: string, id: string): string | undefined {
    return (this.groupStmt.get(tenantId, id) as { json: string } | undefined)?.json;
  }

  members(tenantId: string, groupId: string): GroupMemberRow[] {
    return this.membersStmt.all(tenantId, groupId) as GroupMemberRow[];
  }

  allUserJson(tenantId: string): string[] {
    return (this.allUsersStmt.all(tenantId) as Array<{ json: string }>).map((row) => row.json);
  }

  allGroupJson(tenantId: string): string[] {
    return (this.allGroupsStmt.all(tenantId) as Array<{ json: string }>).map((row) => row.json);
  }

  allMembers(tenantId: string): GroupMemberRow[] {
    return this.allMembersStmt.all(tenantId) as GroupMemberRow[];
  }
}
