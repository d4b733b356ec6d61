import type { GraphGroup } from '../../../shared/graph/group';
import { DEFAULT_ACCESS_ROLE_ID } from '../../../shared/graph/service-principal';
import type { GraphUser } from '../../../shared/graph/user';
import type { ServicePrincipalSnapshot, Snapshot } from '../../../shared/snapshot/schema';
import { fakeTenantSnapshot } from './fake-tenant';

export interface LargeTenantSize {
  users: number;
  groups: number;
  servicePrincipals: number;
  withProvisioning: number;
  /** Groups assigned to each provisioning app. */
  groupsPerApp: number;
  usersPerApp: number;
  /** Service principals from this index on are Microsoft first-party apps (owned by Microsoft's tenant); default none. */
  firstPartyFrom?: number;
}

/** The Microsoft Services tenant that owns first-party service principals. */
export const MICROSOFT_SERVICES_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

/** Issue 14's scale: 10,000 service principals (most of them Microsoft's own), 50 with provisioning. */
export const SCALE_TENANT: LargeTenantSize = { users: 1_000, groups: 100, servicePrincipals: 10_000, withProvisioning: 50, groupsPerApp: 2, usersPerApp: 5, firstPartyFrom: 300 };

export const BENCH_TENANT: LargeTenantSize = { users: 10_000, groups: 2_000, servicePrincipals: 300, withProvisioning: 20, groupsPerApp: 25, usersPerApp: 10 };

const DEPARTMENTS = ['Sales', 'Marketing', 'Engineering', 'Finance', 'HR', 'Legal', 'Support', 'Operations', 'IT', 'Research'];

/** A deterministic GUID: `kind` (1 hex digit) and a counter. */
function guid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

/**
 * A big synthetic tenant in Graph's shapes for the benchmark: the sample's provisioning apps are
 * cloned (with their real schemas and templates) onto fresh service principals, and assigned
 * groups of synthetic users; the rest are SSO-only apps without provisioning.
 */
export function largeTenantSnapshot(size: LargeTenantSize = BENCH_TENANT): Snapshot {
  const base = fakeTenantSnapshot();
  const users: GraphUser[] = Array.from({ length: size.users }, (_, i) => ({
    id: guid(1, i),
    userPrincipalName: `user${i}@contoso.com`,
    displayName: `User ${i}`,
    givenName: 'User',
    surname: String(i),
    mail: `user${i}@contoso.com`,
    mailNickname: `user${i}`,
    accountEnabled: i % 50 !== 0,
    department: DEPARTMENTS[i % DEPARTMENTS.length] ?? null,
    jobTitle: 'Specialist',
    employeeId: String(100000 + i),
    userType: 'Member',
  }));
  const perGroup = Math.max(1, Math.floor(size.users / size.groups));
  const groups: GraphGroup[] = Array.from({ length: size.groups }, (_, g) => {
    const members = users.slice(g * perGroup, g * perGroup + perGroup).map((user) => ({ '@odata.type': '#microsoft.graph.user', id: user.id, displayName: user.displayName ?? null }));
    // Every tenth group nests the next one: its members show as nested, not provisioned.
    if (g % 10 === 0 && g + 1 < size.groups) members.push({ '@odata.type': '#microsoft.graph.group', id: guid(2, g + 1), displayName: `Group ${g + 1}` });
    return { id: guid(2, g), displayName: `Group ${g}`, mailEnabled: false, securityEnabled: true, groupTypes: [], members };
  });
  const templates = base.servicePrincipals.filter((sp) => sp.synchronization.jobs.length > 0);
  const ssoOnly = base.servicePrincipals.find((sp) => sp.synchronization.jobs.length === 0) ?? templates[0]!;
  const servicePrincipals: ServicePrincipalSnapshot[] = Array.from({ length: size.servicePrincipals }, (_, s) => {
    const id = guid(3, s);
    const provisioning = s < size.withProvisioning;
    const model = provisioning ? templates[s % templates.length]! : ssoOnly;
    const assignedGroups = provisioning ? groups.slice(s * size.groupsPerApp, (s + 1) * size.groupsPerApp) : [];
    const assignedUsers = provisioning ? users.slice(size.users - (s + 1) * size.usersPerApp, size.users - s * size.usersPerApp) : [];
    const principals = [...assignedGroups.map((g) => ({ pid: g.id, type: 'Group' as const, name: g.displayName })), ...assignedUsers.map((u) => ({ pid: u.id, type: 'User' as const, name: u.displayName }))];
    return {
      ...model,
      id,
      appId: guid(4, s),
      displayName: `${model.displayName} ${s + 1}`,
      ...(size.firstPartyFrom !== undefined && s >= size.firstPartyFrom ? { appOwnerOrganizationId: MICROSOFT_SERVICES_TENANT } : {}),
      appRoleAssignedTo: principals.map((p, a) => ({
        id: `${guid(5, s * 1000 + a)}`,
        appRoleId: DEFAULT_ACCESS_ROLE_ID,
        principalId: p.pid,
        principalType: p.type,
        principalDisplayName: p.name ?? null,
        resourceId: id,
        resourceDisplayName: `${model.displayName} ${s + 1}`,
        createdDateTime: '2026-01-01T00:00:00Z',
      })),
      synchronization: provisioning ? { jobs: model.synchronization.jobs.map((job) => ({ ...job, id: `${job.templateId}.${id.replace(/-/g, '')}` })), templates: model.synchronization.templates } : { jobs: [], templates: [] },
    };
  });
  return { ...base, users, groups, servicePrincipals, provisioningLogs: [] };
}
