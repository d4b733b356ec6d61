import type { ProvisioningObjectSummary } from '../shared/graph/provisioning-log';
import type { ServicePrincipalSnapshot, Snapshot, SnapshotJob } from '../shared/snapshot/schema';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../shared/snapshot/schema';
import { buildFabrikam } from './app-fabrikam';
import { buildHowspace } from './app-howspace';
import { buildIntranet } from './app-intranet';
import { buildLitware } from './app-litware';
import { buildOfficeRnd } from './app-officernd';
import { buildOfficeSpace } from './app-officespace';
import type { GroupKey } from './groups';
import { buildGroups, groupId } from './groups';
import { simulateJob } from './job-history';
import { jobSchedule, jobStatus } from './job-status';
import type { SampleApp, SampleDirectory } from './sample-app';
import { SAMPLE_TENANT_ID, buildOrganization } from './tenant';
import { buildUsers } from './users';

export { SAMPLE_TENANT_ID, SAMPLE_TENANT_NAME } from './tenant';

export interface SampleTenantOptions {
  /** Every timestamp in the sample is relative to this instant (the logs cover the 30 days before it). */
  now: Date;
}

/**
 * The bundled demo tenant: ~80 people, nested and dynamic groups, five provisioning apps
 * (Howspace, OfficeRnD Workplace, OfficeSpace Software, a misconfigured generic SCIM app and a
 * paused HR portal) plus an SSO-only app, and ~6,000 provisioning-log records.
 * Deterministic: the same `now` always gives the same snapshot.
 */
export function generateSampleTenant(options: SampleTenantOptions): Snapshot {
  const { now } = options;
  const users = buildUsers(now);
  const groups = buildGroups(users, now);
  const directory: SampleDirectory = {
    now,
    users,
    groups,
    user: (localPart) => {
      const user = users.find((candidate) => candidate.userPrincipalName.startsWith(`${localPart}@`));
      if (!user) throw new Error(`Sample user ${localPart} does not exist`);
      return user;
    },
    group: (key: GroupKey) => {
      const group = groups.find((candidate) => candidate.id === groupId(key));
      if (!group) throw new Error(`Sample group ${key} does not exist`);
      return group;
    },
  };

  const apps: SampleApp[] = [buildHowspace, buildOfficeRnd, buildOfficeSpace, buildFabrikam, buildLitware, buildIntranet].map((build) => build(directory));
  const logs: ProvisioningObjectSummary[] = [];
  const servicePrincipals = apps.map((app): ServicePrincipalSnapshot => {
    const jobs: SnapshotJob[] = [];
    const provisioning = app.provisioning;
    if (provisioning) {
      const history = simulateJob(app, provisioning, directory, SAMPLE_TENANT_ID);
      logs.push(...history.records);
      const targetName = app.servicePrincipal.displayName ?? app.key;
      const mappings = provisioning.schema.synchronizationRules[0]?.objectMappings ?? [];
      const objectNames = {
        user: mappings.find((mapping) => mapping.sourceObjectName === 'User')?.targetObjectName ?? 'User',
        group: mappings.find((mapping) => mapping.sourceObjectName === 'Group')?.targetObjectName ?? 'Group',
      };
      jobs.push({
        id: provisioning.jobId,
        templateId: provisioning.templateId,
        schedule: jobSchedule(provisioning),
        status: jobStatus(provisioning, history, targetName, objectNames, now),
        synchronizationJobSettings: provisioning.settings,
        schema: provisioning.schema,
      });
    }
    return { ...app.servicePrincipal, appRoleAssignedTo: app.assignments, synchronization: { jobs, templates: app.templates } };
  });

  // Newest first, as the portal and `$orderby=activityDateTime desc` list them.
  logs.sort((a, b) => (a.activityDateTime < b.activityDateTime ? 1 : a.activityDateTime > b.activityDateTime ? -1 : a.id < b.id ? 1 : -1));

  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: now.toISOString(),
    source: { kind: 'sample', description: 'Contoso sample tenant bundled with Provisioning Workbench' },
    tenant: buildOrganization(),
    users,
    groups,
    servicePrincipals,
    provisioningLogs: logs,
  };
}
