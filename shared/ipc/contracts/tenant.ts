import { z } from 'zod';
import { accountSummarySchema } from './auth';
import type { ChannelSpecs } from './spec';

const id = z.string().min(1).max(200);

export const refreshResultSchema = z.object({
  tenantId: z.string(),
  tenantName: z.string(),
  apps: z.number().int(),
  users: z.number().int(),
  groups: z.number().int(),
  /** Enterprise apps looked at while finding those with provisioning. */
  scanned: z.number().int(),
  fetchedAt: z.string(),
  /** Apps whose provisioning Graph refused (missing directory role) and apps left out for another reason, each with its reason. */
  deniedApps: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string() })).optional(),
  failedApps: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string() })).optional(),
});
export type RefreshResult = z.infer<typeof refreshResultSchema>;

export const refreshProgressSchema = z.object({ taskId: z.string(), label: z.string(), done: z.number(), total: z.number().nullable() });

/** The signed-in tenant as the workspace knows it. */
export const tenantStatusSchema = z.object({
  account: accountSummarySchema.nullable(),
  /** The signed-in tenant is in the workspace (read at least once). */
  inWorkspace: z.boolean(),
  tenantName: z.string().nullable(),
  fetchedAt: z.string().nullable(),
  running: refreshProgressSchema.nullable(),
  /** The last refresh's failure, worded for the admin (for 403: what to ask the tenant admin for). */
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
});
export type TenantStatus = z.infer<typeof tenantStatusSchema>;

/** Reading the signed-in tenant from Microsoft Graph into the workspace. */
export const tenantContract = {
  'tenant:status': { request: z.object({}).strict(), response: tenantStatusSchema },
  /** Runs a refresh (all provisioning apps, some apps, or apps matching a name); progress arrives as `progress` events with this taskId. */
  'tenant:refresh': {
    request: z.object({ taskId: id, appIds: z.array(id).max(500).optional(), search: z.string().max(200).optional() }).strict(),
    response: refreshResultSchema,
  },
  'tenant:cancel': { request: z.object({ taskId: id }).strict(), response: z.object({ cancelled: z.boolean() }) },
} as const satisfies ChannelSpecs;
