import type { GraphGroup } from '../shared/graph/group';
import type { GraphUser } from '../shared/graph/user';
import { groupSourceObject, userSourceObject, type AppRoleAssignmentValue, type SourceObject } from '../shared/mapping/source-object';

/** What an expression sees: Entra source attribute names, booleans as "True"/"False" (shared/mapping/source-object.ts). */
export type SourceValues = SourceObject;

/** `appRoleAssignments` are the user's roles in the app (shared/sync/source-view.ts), as `[appRoleAssignments]` sees them. */
export function userSourceValues(user: GraphUser, isSoftDeleted: boolean, appRoleAssignments: AppRoleAssignmentValue[] = []): SourceValues {
  return userSourceObject(user, { isSoftDeleted, appRoleAssignments });
}

export function groupSourceValues(group: GraphGroup): SourceValues {
  return groupSourceObject(group);
}
