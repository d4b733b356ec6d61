import type { AssignmentView, MemberView } from '../../../shared/ipc/dto/apps';
import type { GraphGroup } from '../../../shared/graph/group';
import type { GraphUser } from '../../../shared/graph/user';
import type { AssignmentRow } from '../db/repositories/apps';
import type { GroupMemberRow } from '../db/repositories/directory';

export interface DirectoryLookup {
  user(id: string): GraphUser | undefined;
  group(id: string): GraphGroup | undefined;
  members(groupId: string): GroupMemberRow[];
}

/** Nested groups deeper than this are not walked further (and a cycle stops at the first repeat). */
const MAX_NESTING = 10;

/**
 * Turns an app's assignments into what Entra will do with them: direct members of an assigned group
 * are provisioned; members of groups nested inside it are listed but flagged, because the
 * provisioning service reads direct members only.
 */
export function expandAssignments(rows: AssignmentRow[], directory: DirectoryLookup, roleName: (id: string) => string): AssignmentView[] {
  return rows.map((row) => {
    const user = row.principal_type === 'User' ? directory.user(row.principal_id) : undefined;
    const group = row.principal_type === 'Group' ? directory.group(row.principal_id) : undefined;
    return {
      id: row.id,
      principalId: row.principal_id,
      principalType: (['User', 'Group', 'ServicePrincipal'].includes(row.principal_type) ? row.principal_type : 'User') as AssignmentView['principalType'],
      principalDisplayName: row.principal_display_name ?? user?.displayName ?? group?.displayName ?? row.principal_id,
      userPrincipalName: user?.userPrincipalName ?? null,
      accountEnabled: user ? (user.accountEnabled ?? null) : null,
      softDeleted: Boolean(user?.deletedDateTime),
      appRoleId: row.app_role_id,
      roleName: roleName(row.app_role_id),
      createdDateTime: row.created_at,
      members: row.principal_type === 'Group' ? expandGroup(row.principal_id, directory) : [],
    };
  });
}

function expandGroup(groupId: string, directory: DirectoryLookup): MemberView[] {
  const out: MemberView[] = [];
  const seen = new Set<string>([groupId]);
  const walk = (id: string, via: string[]) => {
    for (const member of directory.members(id)) {
      const nested = via.length > 0;
      if (member.member_type === 'group') {
        const inner = directory.group(member.member_id);
        const name = inner?.displayName ?? member.member_id;
        out.push({ id: member.member_id, displayName: name, userPrincipalName: null, objectType: 'group', accountEnabled: null, nested, via });
        if (!seen.has(member.member_id) && via.length < MAX_NESTING) {
          seen.add(member.member_id);
          walk(member.member_id, [...via, name]);
        }
      } else {
        const user = member.member_type === 'user' ? directory.user(member.member_id) : undefined;
        out.push({
          id: member.member_id,
          displayName: user?.displayName ?? member.member_id,
          userPrincipalName: user?.userPrincipalName ?? null,
          objectType: member.member_type === 'user' ? 'user' : 'other',
          accountEnabled: user ? (user.accountEnabled ?? null) : null,
          nested,
          via,
        });
      }
    }
  };
  walk(groupId, []);
  return out;
}
