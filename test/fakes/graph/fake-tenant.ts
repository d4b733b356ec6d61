import type { Snapshot } from '../../../shared/snapshot/schema';
import { generateSampleTenant } from '../../../sample-tenant';

/**
 * The fake Graph serves the sample tenant under its own tenant id and name, so a workspace can hold
 * the bundled sample and the "signed-in" fake tenant side by side (same users and apps, different tenant).
 */
export const FAKE_TENANT_ID = '5f1d2c3b-8a7e-4b69-9c0d-1e2f3a4b5c6d';
export const FAKE_TENANT_NAME = 'Contoso (fake Graph)';

/** Fixed so every test run serves identical data. */
export const FAKE_NOW = new Date('2026-11-20T12:00:00Z');

export function fakeTenantSnapshot(now: Date = FAKE_NOW): Snapshot {
  const sample = generateSampleTenant({ now });
  return { ...sample, tenant: { ...sample.tenant, id: FAKE_TENANT_ID, displayName: FAKE_TENANT_NAME } };
}

type Row = Record<string, unknown>;

/** The snapshot indexed the way the fake's routes look things up. */
export interface FakeDirectory {
  organization: Row;
  users: Row[];
  groups: Row[];
  servicePrincipals: Row[];
  byId: Map<string, Row>;
  members: Map<string, Row[]>;
  assignments: Map<string, Row[]>;
  jobs: Map<string, Row[]>;
  schemas: Map<string, Row>;
  templates: Map<string, Row[]>;
  logs: Row[];
}

export function indexSnapshot(snapshot: Snapshot): FakeDirectory {
  const byId = new Map<string, Row>();
  const users = snapshot.users.map((user) => ({ ...user }) as Row);
  for (const user of users) byId.set(String(user.id), { '@odata.type': '#microsoft.graph.user', ...user });
  const groups: Row[] = [];
  const memberRefs = new Map<string, string[]>();
  for (const group of snapshot.groups) {
    const { members, ...rest } = group;
    groups.push(rest);
    byId.set(group.id, { '@odata.type': '#microsoft.graph.group', ...rest });
    memberRefs.set(group.id, (members ?? []).map((member) => member.id));
  }
  const servicePrincipals: Row[] = [];
  const assignments = new Map<string, Row[]>();
  const jobs = new Map<string, Row[]>();
  const schemas = new Map<string, Row>();
  const templates = new Map<string, Row[]>();
  for (const sp of snapshot.servicePrincipals) {
    const { appRoleAssignedTo, synchronization, ...principal } = sp;
    servicePrincipals.push(principal);
    byId.set(sp.id, { '@odata.type': '#microsoft.graph.servicePrincipal', ...principal });
    assignments.set(sp.id, appRoleAssignedTo as Row[]);
    jobs.set(sp.id, synchronization.jobs.map(({ schema, ...job }) => {
      schemas.set(`${sp.id}/${job.id}`, schema as Row);
      return job as Row;
    }));
    templates.set(sp.id, synchronization.templates as Row[]);
  }
  const members = new Map<string, Row[]>();
  for (const [groupId, ids] of memberRefs) {
    members.set(groupId, ids.map((id) => byId.get(id) ?? { '@odata.type': '#microsoft.graph.device', id }));
  }
  return {
    organization: snapshot.tenant as Row,
    users,
    groups,
    servicePrincipals,
    byId,
    members,
    assignments,
    jobs,
    schemas,
    templates,
    logs: snapshot.provisioningLogs as Row[],
  };
}

/** Every member below a group, nested groups included (each once), as `/transitiveMembers` lists them. */
export function transitiveMembers(directory: FakeDirectory, groupId: string): Row[] {
  const out = new Map<string, Row>();
  const queue = [groupId];
  const visited = new Set<string>();
  for (let i = 0; i < queue.length && i < 100_000; i += 1) {
    const current = queue[i] ?? '';
    if (visited.has(current)) continue;
    visited.add(current);
    for (const member of directory.members.get(current) ?? []) {
      out.set(String(member.id), member);
      if (member['@odata.type'] === '#microsoft.graph.group') queue.push(String(member.id));
    }
  }
  return [...out.values()];
}
