import { z } from 'zod';
import { groupSchema } from '../graph/group';
import { organizationSchema } from '../graph/organization';
import { provisioningObjectSummarySchema } from '../graph/provisioning-log';
import { appRoleAssignmentSchema, servicePrincipalSchema } from '../graph/service-principal';
import {
  synchronizationJobSchema,
  synchronizationSchemaSchema,
  synchronizationTemplateSchema,
} from '../graph/synchronization';
import { userSchema } from '../graph/user';

export const SNAPSHOT_FORMAT = 'provisioning-workbench.snapshot';
export const SNAPSHOT_VERSION = 1;

/** A provisioning job together with its synchronization schema (`GET …/jobs/{id}/schema`). */
export const snapshotJobSchema = synchronizationJobSchema.extend({ schema: synchronizationSchemaSchema });

/** An enterprise app with its assignments, provisioning jobs (with schemas) and templates. */
export const servicePrincipalSnapshotSchema = servicePrincipalSchema.extend({
  appRoleAssignedTo: z.array(appRoleAssignmentSchema),
  synchronization: z.looseObject({
    jobs: z.array(snapshotJobSchema),
    templates: z.array(synchronizationTemplateSchema),
  }),
});

export const snapshotSourceSchema = z.object({
  kind: z.enum(['sample', 'graph', 'file']),
  description: z.string().optional(),
  /** National cloud the data came from (e.g. "Global"), when read from Graph. */
  cloud: z.string().optional(),
});

/** The snapshot file: one tenant's directory, enterprise apps and provisioning logs. */
export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** ISO 8601 */
  exportedAt: z.string(),
  source: snapshotSourceSchema,
  tenant: organizationSchema,
  users: z.array(userSchema),
  groups: z.array(groupSchema),
  servicePrincipals: z.array(servicePrincipalSnapshotSchema),
  provisioningLogs: z.array(provisioningObjectSummarySchema),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type ServicePrincipalSnapshot = z.infer<typeof servicePrincipalSnapshotSchema>;
export type SnapshotJob = z.infer<typeof snapshotJobSchema>;
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;
