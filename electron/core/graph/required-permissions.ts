/**
 * What to ask the tenant admin for when Graph answers 403: the least-privileged delegated permission
 * per call (graph-facts.md §2.12) and the directory roles the synchronization and audit-log APIs also
 * demand of the signed-in user (§2 intro, §2.11).
 */
export interface RequiredAccess {
  /** Least-privileged delegated permission (scope) for the call. */
  permission: string;
  /** Directory roles the signed-in user must hold as well, if any. */
  roles: string[];
}

/** §2 intro: the synchronization APIs (Hybrid Identity Administrator only for Cloud Sync configurations). */
export const SYNC_ROLES = ['Application Administrator', 'Cloud Application Administrator', 'Hybrid Identity Administrator (Cloud Sync only)'];
/** §2.11: every role the provisioning-log API names. */
export const AUDIT_ROLES = ['Reports Reader', 'Security Reader', 'Security Operator', 'Security Administrator', 'Global Reader', 'Application Administrator', 'Cloud Application Administrator'];

/** Graph's code for a tenant without Entra ID P1/P2 asking for a premium report (provisioning and sign-in logs). */
export const NON_PREMIUM_TENANT_CODE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';

/** True for the request path of a synchronization API call (where a missing role answers 401, not 403). */
export function isSynchronizationPath(path: string): boolean {
  return /\/synchronization(\/|$|\?)/i.test(path);
}

const WRITE_SYNC = /\/synchronization\/jobs\/[^/]+\/(start|pause|restart|provisionOnDemand|validateCredentials)$|\/schema\/(parseExpression|functions)$|\/synchronization\/secrets$/i;

interface Rule {
  test: (method: string, path: string) => boolean;
  access: RequiredAccess;
}

const RULES: Rule[] = [
  { test: (m, p) => WRITE_SYNC.test(p) || (m !== 'GET' && /\/synchronization\//i.test(p)), access: { permission: 'Synchronization.ReadWrite.All', roles: SYNC_ROLES } },
  { test: (_m, p) => /\/synchronization\//i.test(p), access: { permission: 'Synchronization.Read.All', roles: SYNC_ROLES } },
  { test: (_m, p) => /^\/auditLogs\/provisioning/i.test(p), access: { permission: 'AuditLog.Read.All and Directory.Read.All', roles: AUDIT_ROLES } },
  { test: (_m, p) => /^\/groups\/[^/]+\/(members|transitiveMembers)/i.test(p), access: { permission: 'GroupMember.Read.All', roles: [] } },
  { test: (_m, p) => /^\/servicePrincipals/i.test(p), access: { permission: 'Application.Read.All', roles: [] } },
  { test: (_m, p) => /^\/(users|groups|organization)/i.test(p), access: { permission: 'Directory.Read.All', roles: [] } },
];

/** `path` is relative to the Graph version root, without the query (e.g. `/servicePrincipals/x/synchronization/jobs`). */
export function requiredAccessFor(method: string, path: string): RequiredAccess | undefined {
  const upper = method.toUpperCase();
  return RULES.find((rule) => rule.test(upper, path))?.access;
}

/** "the delegated permission X (and the Y or Z directory role)" for error messages. */
export function describeRequiredAccess(access: RequiredAccess): string {
  const roles = access.roles.length ? ` and one of the directory roles ${access.roles.join(', ')}` : '';
  return `the delegated permission ${access.permission}${roles}`;
}
