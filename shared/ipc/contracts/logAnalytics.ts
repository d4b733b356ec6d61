import { z } from 'zod';
import { logStatsRowSchema, outcomeCountsSchema } from '../../logs/log-dto';
import { LOG_STATS_DIMENSIONS, logFilterSchema } from '../../logs/log-filter';
import { LA_CLOUD_NAMES } from '../../loganalytics/la-clouds';
import { laHistoryItemSchema } from '../../loganalytics/la-record';
import type { ChannelSpecs } from './spec';

const filter = logFilterSchema.default({});
const taskId = z.string().min(1).max(100);
const cloud = z.enum(LA_CLOUD_NAMES as [string, ...string[]]);

export const laConnectionSchema = z.object({
  workspaceId: z.string(),
  cloud,
  connectedAt: z.string(),
  /** The workspace's AADProvisioningLogs at the last check: how many records, from when to when. */
  overview: z.object({ total: z.number().int(), first: z.string().nullable(), last: z.string().nullable(), at: z.string() }).nullable(),
  lastPull: z.object({ since: z.string(), until: z.string(), added: z.number().int(), at: z.string() }).nullable(),
});
export type LaConnection = z.infer<typeof laConnectionSchema>;

export const laSummarySchema = z.object({
  workspaceId: z.string(),
  rows: z.array(logStatsRowSchema),
  counts: outcomeCountsSchema,
  /** The service's PartialError in words: the numbers cover only part of the data. */
  partial: z.string().nullable(),
  queriedAt: z.string(),
});
export type LaSummaryDto = z.infer<typeof laSummarySchema>;

export const laPullSummarySchema = z.object({
  since: z.string(),
  until: z.string(),
  windows: z.number().int(),
  rows: z.number().int(),
  added: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  cancelled: z.boolean(),
  rejections: z.array(z.object({ file: z.string(), position: z.string(), reason: z.string() })),
});
export type LaPullSummaryDto = z.infer<typeof laPullSummarySchema>;

/** Log Analytics in place: connect a workspace, summarise and look up there, pull a slice into the store. */
export const logAnalyticsContract = {
  'logAnalytics:status': { request: z.object({}).strict(), response: z.object({ connection: laConnectionSchema.nullable() }) },
  'logAnalytics:connect': {
    request: z.object({ workspaceId: z.string().trim().min(1).max(100), cloud: cloud.optional() }).strict(),
    response: laConnectionSchema,
  },
  'logAnalytics:disconnect': { request: z.object({}).strict(), response: z.object({ disconnected: z.boolean() }) },
  'logAnalytics:summary': {
    request: z.object({ filter, by: z.enum(LOG_STATS_DIMENSIONS), limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    response: laSummarySchema,
  },
  'logAnalytics:history': {
    request: z.object({ filter, subjectId: z.string().trim().min(1).max(400), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.object({ items: z.array(laHistoryItemSchema), partial: z.string().nullable() }),
  },
  'logAnalytics:pull': { request: z.object({ taskId, filter }).strict(), response: laPullSummarySchema },
  'logAnalytics:cancel': { request: z.object({ taskId }).strict(), response: z.object({ cancelled: z.boolean() }) },
} as const satisfies ChannelSpecs;
