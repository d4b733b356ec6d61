import type { GraphGroup } from '../shared/graph/group';
import type { AttributeMapping, ObjectMapping } from '../shared/graph/synchronization';
import type { GraphUser } from '../shared/graph/user';
import { evaluateScopingFilters } from '../shared/sync/scope';
import type { SourceDirectory } from '../shared/sync/source-directory';
import { roleAssignmentsOf } from '../shared/sync/source-view';
import { importedDetails, scopingDetails } from './log-steps';
import type { GroupSubject, UserSubject } from './log-subjects';
import { localPartFor } from './names';
import type { FormerEmployee } from './people';
import { stableGuid } from './random';
import type { SampleApp, SampleDirectory, SampleProvisioning } from './sample-app';
import { userSourceValues } from './source-values';
import { SAMPLE_DEFAULT_DOMAIN } from './tenant';
import { DAY, isoSeconds } from './time';

/** Who one job sees, and in which state: the basis of every record it logs. */
export interface JobPopulation {
  userMapping: ObjectMapping | undefined;
  groupMapping: ObjectMapping | undefined;
  userMappings: AttributeMapping[];
  subjects: UserSubject[];
  /** Assigned, active and passing the scoping filters. */
  provisioned: UserSubject[];
  provisionedIds: Set<string>;
  outOfScope: UserSubject[];
  assignedOutOfScope: UserSubject[];
  assignedUserIds: Set<string>;
  /** Assigned security groups, when the group mapping is enabled. */
  groupSubjects: GroupSubject[];
  assignedGroups: GraphGroup[];
  /** When each user or group came into scope (assignment or creation time). */
  since: Map<string, number>;
}

export function jobPopulation(app: SampleApp, provisioning: SampleProvisioning, directory: SampleDirectory): JobPopulation {
  const rule = provisioning.schema.synchronizationRules[0];
  const userMapping = rule?.objectMappings.find((mapping) => mapping.sourceObjectName === 'User');
  const groupMapping = rule?.objectMappings.find((mapping) => mapping.sourceObjectName === 'Group' && mapping.enabled);
  const userMappings = userMapping?.attributeMappings ?? [];

  // Who is assigned: direct users, plus DIRECT user members of assigned security groups (nested groups are not read).
  const assignedUserIds = new Set<string>();
  const assignedGroups: GraphGroup[] = [];
  for (const assignment of app.assignments) {
    if (assignment.principalType === 'User') assignedUserIds.add(assignment.principalId);
    if (assignment.principalType !== 'Group') continue;
    const group = directory.groups.find((candidate) => candidate.id === assignment.principalId);
    if (!group?.securityEnabled) continue;
    assignedGroups.push(group);
    for (const member of group.members) if (member['@odata.type'] === '#microsoft.graph.user') assignedUserIds.add(member.id);
  }

  // Only what roleAssignmentsOf reads: the app's assignments and roles, and the groups they name.
  const roleSource: SourceDirectory = {
    users: new Map(),
    groups: new Map(directory.groups.map((group) => [group.id, group])),
    assignments: app.assignments,
    appRoles: app.servicePrincipal.appRoles ?? [],
    overrides: new Map(),
  };
  const subjects = directory.users.map((user): UserSubject => {
    const assigned = assignedUserIds.has(user.id);
    const active = user.accountEnabled !== false && !user.deletedDateTime;
    const { passed, results } = evaluateScopingFilters(userMapping?.scope, userSourceValues(user, false));
    const scope = { passed, results };
    const values = userSourceValues(user, !(assigned && active && scope.passed), roleAssignmentsOf(roleSource, user.id));
    // Shared (frozen) by every record of this user, which keeps 6,000 records cheap to build.
    const importDetails = Object.freeze(importedDetails({ user, values }, userMappings));
    return { user, values, assigned, active, scope, importDetails, scopingDetails: Object.freeze(scopingDetails({ assigned, active, scope })) };
  });
  const provisioned = subjects.filter((subject) => subject.assigned && subject.active && subject.scope.passed);
  const provisionedIds = new Set(provisioned.map((subject) => subject.user.id));
  const groupSubjects: GroupSubject[] = groupMapping ? assignedGroups.map((group) => ({ group })) : [];
  const outOfScope = subjects.filter((subject) => !provisionedIds.has(subject.user.id));

  // When each object came into scope: routine events only pick objects that were already provisioned.
  const since = new Map<string, number>();
  for (const assignment of app.assignments) {
    const assignedMs = Date.parse(assignment.createdDateTime ?? '') || 0;
    const memberIds = assignment.principalType === 'User' ? [assignment.principalId] : (assignedGroups.find((group) => group.id === assignment.principalId)?.members.map((member) => member.id) ?? []);
    if (assignment.principalType === 'Group') since.set(assignment.principalId, assignedMs);
    for (const id of memberIds) since.set(id, Math.min(since.get(id) ?? Number.POSITIVE_INFINITY, assignedMs));
  }
  for (const subject of provisioned) {
    const createdMs = Date.parse(subject.user.createdDateTime ?? '') || 0;
    since.set(subject.user.id, Math.max(since.get(subject.user.id) ?? 0, createdMs));
  }
  const assignedOutOfScope = outOfScope.filter((subject) => subject.assigned);


  return {
    userMapping,
    groupMapping,
    userMappings,
    subjects,
    provisioned,
    provisionedIds,
    outOfScope,
    assignedOutOfScope,
    assignedUserIds,
    groupSubjects,
    assignedGroups,
    since,
  };
}

/** The user as the cycle saw it while its assignment had lapsed. */
export function unassigned(subject: UserSubject, mappings: readonly AttributeMapping[]): UserSubject {
  const values = userSourceValues(subject.user, true);
  const view = { user: subject.user, values, assigned: false, active: subject.active, scope: subject.scope };
  return { ...view, importDetails: importedDetails(view, mappings), scopingDetails: scopingDetails(view) };
}

/** A purged account: no longer in the directory, so built here from the little the log still shows. */
export function formerSubject(former: FormerEmployee, nowMs: number, mappings: readonly AttributeMapping[]): UserSubject {
  const localPart = localPartFor(former.given, former.surname);
  const user: GraphUser = {
    id: stableGuid('user', localPart),
    userPrincipalName: `${localPart}@${SAMPLE_DEFAULT_DOMAIN}`,
    displayName: `${former.given} ${former.surname}`,
    givenName: former.given,
    surname: former.surname,
    department: former.department,
    accountEnabled: false,
    deletedDateTime: isoSeconds(nowMs - (former.purgedDaysAgo + 30) * DAY),
  };
  const values = userSourceValues(user, true);
  const scope = { passed: true, results: {} };
  return { user, values, assigned: true, active: false, scope, importDetails: importedDetails({ user, values }, mappings), scopingDetails: scopingDetails({ assigned: true, active: false, scope }) };
}
