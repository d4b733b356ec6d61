import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_ROLE_ID, INTEGRATED_APP_TAG } from '../../../shared/graph/service-principal';
import { sample } from './sample-fixture';

describe('sample enterprise apps and assignments', () => {
  const apps = () => sample().servicePrincipals;
  const assignments = () => apps().flatMap((sp) => sp.appRoleAssignedTo);

  it('are tagged as integrated apps and define a User role; some define msiam_access', () => {
    for (const sp of apps()) {
      expect(sp.tags).toContain(INTEGRATED_APP_TAG);
    }
    expect(apps().filter((sp) => sp.appRoles.some((role) => role.displayName === 'User')).length).toBeGreaterThanOrEqual(4);
    expect(apps().some((sp) => sp.appRoles.some((role) => role.displayName === 'msiam_access'))).toBe(true);
  });

  it('mix users and groups, Default Access and real roles, including msiam_access', () => {
    expect(assignments().some((assignment) => assignment.principalType === 'User')).toBe(true);
    expect(assignments().some((assignment) => assignment.principalType === 'Group')).toBe(true);
    expect(assignments().some((assignment) => assignment.appRoleId === DEFAULT_ACCESS_ROLE_ID)).toBe(true);
    const msiamIds = new Set(apps().flatMap((sp) => sp.appRoles.filter((role) => role.displayName === 'msiam_access').map((role) => role.id)));
    expect(assignments().some((assignment) => msiamIds.has(assignment.appRoleId))).toBe(true);
  });

  it('assign a disabled user and a soft-deleted user', () => {
    const users = new Map(sample().users.map((user) => [user.id, user]));
    const assignedUsers = assignments()
      .filter((assignment) => assignment.principalType === 'User')
      .map((assignment) => users.get(assignment.principalId));
    expect(assignedUsers.some((user) => user?.accountEnabled === false && !user.deletedDateTime)).toBe(true);
    expect(assignedUsers.some((user) => user?.deletedDateTime)).toBe(true);
  });

  it('give every provisioning app a job with a full schema: Entra ID source and a SCIM target', () => {
    const jobs = apps().flatMap((sp) => sp.synchronization.jobs);
    expect(jobs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(jobs.map((job) => job.templateId))).toEqual(new Set(['howspace', 'customappsso', 'officespace']));
    for (const job of jobs) {
      const [source, target] = job.schema.directories;
      expect(source?.name).toBe('Azure Active Directory');
      const user = source?.objects.find((object) => object.name === 'User');
      for (const name of ['objectId', 'userPrincipalName', 'mail', 'givenName', 'surname', 'displayName', 'department', 'jobTitle', 'mobile', 'telephoneNumber', 'accountEnabled', 'IsSoftDeleted', 'manager', 'extensionAttribute1']) {
        expect(user?.attributes.some((attribute) => attribute.name === name)).toBe(true);
      }
      expect(user?.attributes.find((attribute) => attribute.name === 'manager')?.type).toBe('Reference');
      expect(target?.objects.flatMap((object) => object.attributes).some((attribute) => attribute.required)).toBe(true);
      expect(job.schema.synchronizationRules[0]?.objectMappings.map((mapping) => mapping.sourceObjectName)).toEqual(['User', 'Group']);
    }
  });

  it('put scoping filters on at least two apps', () => {
    const scoped = apps().filter((sp) =>
      sp.synchronization.jobs.some((job) => job.schema.synchronizationRules.some((rule) => rule.objectMappings.some((mapping) => (mapping.scope?.groups.length ?? 0) > 0))),
    );
    expect(scoped.length).toBeGreaterThanOrEqual(2);
  });

  it('include an SSO-only app without a provisioning job', () => {
    expect(apps().some((sp) => sp.synchronization.jobs.length === 0)).toBe(true);
  });
});
