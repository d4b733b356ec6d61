import { z } from 'zod';
import { logCycleSchema, logDetailSchema, logImportSummarySchema, logPullSummarySchema, logListItemSchema, logStatsRowSchema, outcomeCountsSchema } from '../../logs/log-dto';
import { DEFAULT_LOG_SORT, LOG_STATS_DIMENSIONS, logFilterSchema, logSortSchema } from '../../logs/log-filter';
import type { ChannelSpecs } from './spec';

const filter = logFilterSchema.default({});
const sort = logSortSchema.default(DEFAULT_LOG_SORT);

/** Largest import the renderer may send in one request (the transport caps the body at 64 MB). */
export const MAX_UI_IMPORT_CHARS = 60 * 1024 * 1024;

/** The provisioning-log viewer's channels: query, statistics, detail, export, import and pull. */
export const logsContract = {
  'logs:query': {
    request: z.object({ filter, sort, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    response: z.object({ items: z.array(logListItemSchema) }),
  },
  'logs:counts': { request: z.object({ filter }).strict(), response: outcomeCountsSchema },
  'logs:stats': {
    request: z.object({ filter, by: z.enum(LOG_STATS_DIMENSIONS), limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    response: z.array(logStatsRowSchema),
  },
  'logs:cycles': {
    request: z.object({ filter, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.array(logCycleSchema),
  },
  'logs:detail': { request: z.object({ id: z.string().min(1).max(200) }).strict(), response: logDetailSchema },
  'logs:apps': {
    request: z.object({}).strict(),
    response: z.array(z.object({ id: z.string(), name: z.string().nullable(), count: z.number().int() })),
  },
  'logs:export': {
    request: z.object({ filter, sort, format: z.enum(['csv', 'json']) }).strict(),
    response: z.object({ fileName: z.string(), text: z.string(), rows: z.number().int(), truncated: z.boolean() }),
  },
  'logs:import': {
    request: z
      .object({ taskId: z.string().min(1).max(100), files: z.array(z.object({ fileName: z.string().min(1).max(500), text: z.string().max(MAX_UI_IMPORT_CHARS) })).min(1).max(10) })
      .strict(),
    response: logImportSummarySchema.extend({ cancelled: z.boolean() }),
  },
  'logs:pull': {
    request: z.object({ taskId: z.string().min(1).max(100), since: z.iso.datetime({ offset: true }).optional(), app: z.string().min(1).max(200).optional() }).strict(),
    response: logPullSummarySchema,
  },
  'logs:cancel': { request: z.object({ taskId: z.string().min(1).max(100) }).strict(), response: z.object({ cancelled: z.boolean() }) },
} as const satisfies ChannelSpecs;
