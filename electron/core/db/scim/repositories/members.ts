import type { Db } from '../../connection';

export interface MemberRow {
  member_id: string;
  member_type: 'User' | 'Group';
  display: string | null;
}

export interface GroupOfMemberRow {
  group_id: string;
  display: string | null;
}

/** Group memberships: one row each, so concurrent adds to one group never overwrite each other. */
export class MembersRepository {
  private readonly addStmt;
  private readonly removeStmt;
  private readonly clearStmt;
  private readonly ofGroupStmt;
  private readonly ofMemberStmt;
  private readonly removeMemberEverywhereStmt;

  constructor(private readonly db: Db) {
    this.addStmt = db.prepare('INSERT OR IGNORE INTO scim_members (group_id, member_id, member_type) VALUES (?, ?, ?)');
    this.removeStmt = db.prepare('DELETE FROM scim_members WHERE group_id = ? AND member_id = ?');
    this.clearStmt = db.prepare('DELETE FROM scim_members WHERE group_id = ?');
    this.ofGroupStmt = db.prepare(`
      SELECT m.member_id, m.member_type, coalesce(u.display_name, u.user_name, g.display_name) AS display
      FROM scim_members m
      LEFT JOIN scim_users u ON m.member_type = 'User' AND u.id = m.member_id
      LEFT JOIN scim_groups g ON m.member_type = 'Group' AND g.id = m.member_id
      WHERE m.group_id = ? ORDER BY m.seq`);
    this.ofMemberStmt = db.prepare(`
      SELECT m.group_id, g.display_name AS display FROM scim_members m JOIN scim_groups g ON g.id = m.group_id
      WHERE m.member_id = ? ORDER BY m.seq`);
    this.removeMemberEverywhereStmt = db.prepare('DELETE FROM scim_members WHERE member_id = ?');
  }

  /** Adds members (already a member: no-op); returns how many rows were added. */
  add(groupId: string, members: ReadonlyArray<{ id: string; type: 'User' | 'Group' }>): number {
    let added = 0;
    for (const m of members) added += this.addStmt.run(groupId, m.id, m.type).changes;
    return added;
  }

  remove(groupId: string, memberIds: readonly string[]): number {
    let removed = 0;
    for (const id of memberIds) removed += this.removeStmt.run(groupId, id).changes;
    return removed;
  }

  clear(groupId: string): number {
    return this.clearStmt.run(groupId).changes;
  }

  ofGroup(groupId: string): MemberRow[] {
    return this.ofGroupStmt.all(groupId) as MemberRow[];
  }

  /** The groups a resource belongs to, oldest membership first (OfficeRnD's primary team is the first). */
  ofMember(memberId: string): GroupOfMemberRow[] {
    return this.ofMemberStmt.all(memberId) as GroupOfMemberRow[];
  }

  removeMemberEverywhere(memberId: string): void {
    this.removeMemberEverywhereStmt.run(memberId);
  }

  clearAll(): void {
    this.db.prepare('DELETE FROM scim_members').run();
  }
}
