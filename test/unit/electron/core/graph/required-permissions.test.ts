import { describe, expect, it } from 'vitest';
import { describeRequiredAccess, requiredAccessFor } from '../../../../../electron/core/graph/required-permissions';

describe('requiredAccessFor', () => {
  it.each([
    ['GET', '/servicePrincipals', 'Application.Read.All'],
    ['GET', '/servicePrincipals/x/appRoleAssignedTo', 'Application.Read.All'],
    ['GET', '/servicePrincipals/x/synchronization/jobs', 'Synchronization.Read.All'],
    ['GET', '/servicePrincipals/x/synchronization/jobs/j/schema', 'Synchronization.Read.All'],
    ['POST', '/servicePrincipals/x/synchronization/jobs/j/schema/parseExpression', 'Synchronization.ReadWrite.All'],
    ['GET', '/servicePrincipals/x/synchronization/jobs/j/schema/functions', 'Synchronization.ReadWrite.All'],
    ['GET', '/groups/g/members', 'GroupMember.Read.All'],
    ['GET', '/auditLogs/provisioning', 'AuditLog.Read.All and Directory.Read.All'],
    ['GET', '/users', 'Directory.Read.All'],
  ])('%s %s needs %s', (method, path, permission) => {
    expect(requiredAccessFor(method, path)?.permission).toBe(permission);
  });

  it('names the directory roles the synchronization APIs require', () => {
    const access = requiredAccessFor('GET', '/servicePrincipals/x/synchronization/templates');
    expect(access && describeRequiredAccess(access)).toContain('Cloud Application Administrator');
  });
});
