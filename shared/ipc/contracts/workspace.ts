import { z } from 'zod';
import { tenantSummarySchema } from '../dto/apps';
import type { ChannelSpecs } from './spec';

export const id = z.string().min(1).max(200);
const empty = z.object({}).strict();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  workspacePath: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const importSummarySchema = z.object({
  tenantId: z.string(),
  tenantName: z.string(),
  users: z.number().int(),
  groups: z.number().int(),
  apps: z.number().int(),
  provisioningLogs: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** The workspace's channels: app info, tenants and snapshots. */
export const workspaceContract = {
  'app:info': { request: empty, response: appInfoSchema },
  'tenants:list': { request: empty, response: z.array(tenantSummarySchema) },
  'snapshot:export': {
    request: z.object({ tenantId: id, appId: id.optional() }).strict(),
    response: z.object({ fileName: z.string(), json: z.string() }),
  },
  'snapshot:import': {
    request: z.object({ fileName: z.string().max(500), text: z.string() }).strict(),
    response: importSummarySchema,
  },
} as const satisfies ChannelSpecs;

