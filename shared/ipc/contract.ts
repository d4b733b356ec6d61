import { z } from 'zod';
import { CHANNEL_NAMES, isChannelName, type ChannelName } from './channels';
import { workspaceContract } from './contracts/workspace';
import { appsContract } from './contracts/apps';
import { authContract } from './contracts/auth';
import { tenantContract } from './contracts/tenant';
import { logsContract } from './contracts/logs';
import { logAnalyticsContract } from './contracts/logAnalytics';
import { auditContract } from './contracts/audit';
import { scimContract } from './contracts/scim';
import { trialContract } from './contracts/trial';
import { forecastContract } from './contracts/forecast';
import { onDemandContract } from './contracts/onDemand';
import { filesContract } from './contracts/files';

export type { AppInfo, ImportSummary } from './contracts/workspace';
export { appInfoSchema, importSummarySchema } from './contracts/workspace';

/**
 * Every channel between the renderer (or CLI/host) and the core: `domain:verb` with a zod request
 * and response schema, one file per feature under contracts/. The Electron main process, the
 * browser-mode host and the renderer's api.ts are all driven from this object; nothing else
 * crosses the boundary.
 */
export const contract = {
  ...workspaceContract,
  ...appsContract,
  ...authContract,
  ...tenantContract,
  ...logsContract,
  ...logAnalyticsContract,
  ...auditContract,
  ...scimContract,
  ...trialContract,
  ...forecastContract,
  ...onDemandContract,
  ...filesContract,
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

/** Channel names (kept zod-free in channels.ts for the preload; `satisfies` above keeps both in step). */
export const channels: readonly Channel[] = CHANNEL_NAMES;
export const isChannel: (value: unknown) => value is Channel = isChannelName;

/** Handlers the core implements for every channel. */
export type Handlers = { [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<ResponseOf<C>> };

/** Server-pushed events (progress of long work, workspace changes). */
export const appEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    taskId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number().nullable(),
    finished: z.boolean(),
  }),
  z.object({ type: z.literal('workspace:changed'), tenantId: z.string() }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;

/** Largest request body any transport accepts (a snapshot import is the largest request). */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
