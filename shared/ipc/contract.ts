import { z } from 'zod';
import { CHANNEL_NAMES, isChannelName, type ChannelName } from './channels';
import {
  appMappingsSchema,
  appOverviewSchema,
  appSummarySchema,
  assignmentViewSchema,
  tenantSummarySchema,
} from './dto/apps';

const id = z.string().min(1).max(200);
const appRef = z.object({ tenantId: id, appId: id }).strict();
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

/**
 * Every channel between the renderer (or CLI/host) and the core: `domain:verb` with a zod request
 * and response schema. The Electron main process, the browser-mode host and the renderer's api.ts
 * are all driven from this object; nothing else crosses the boundary.
 */
export const contract = {
  'app:info': { request: empty, response: appInfoSchema },
  'tenants:list': { request: empty, response: z.array(tenantSummarySchema) },
  'apps:list': {
    request: z.object({ tenantId: id, search: z.string().max(200).optional() }).strict(),
    response: z.array(appSummarySchema),
  },
  'apps:overview': { request: appRef, response: appOverviewSchema },
  'apps:assignments': { request: appRef, response: z.array(assignmentViewSchema) },
  'apps:mappings': { request: appRef, response: appMappingsSchema },
  'snapshot:export': {
    request: z.object({ tenantId: id, appId: id.optional() }).strict(),
    response: z.object({ fileName: z.string(), json: z.string() }),
  },
  'snapshot:import': {
    request: z.object({ fileName: z.string().max(500), text: z.string() }).strict(),
    response: importSummarySchema,
  },
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
