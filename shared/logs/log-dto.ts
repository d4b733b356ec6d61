import { z } from 'zod';
import { LOG_ORIGINS } from './log-row';

/** One grid row: the record's flat columns (no steps, no JSON). */
export const logListItemSchema = z.object({
  id: z.string(),
  activityDateTime: z.string(),
  status: z.string(),
  action: z.string(),
  servicePrincipalId: z.string().nullable(),
  appName: z.string().nullable(),
  jobId: z.string().nullable(),
  cycleId: z.string().nullable(),
  changeId: z.string().nullable(),
  durationMs: z.number().nullable(),
  sourceId: z.string().nullable(),
  sourceName: z.string().nullable(),
  sourceType: z.string().nullable(),
  targetId: z.string().nullable(),
  targetName: z.string().nullable(),
  sourceSystem: z.string().nullable(),
  targetSystem: z.string().nullable(),
  initiatedBy: z.string().nullable(),
  errorCode: z.string().nullable(),
  errorCategory: z.string().nullable(),
  reason: z.string().nullable(),
  origin: z.enum(LOG_ORIGINS),
  tenantId: z.string(),
});
export type LogListItem = z.infer<typeof logListItemSchema>;

export const logStepSchema = z.object({
  name: z.string(),
  stepType: z.string(),
  status: z.string(),
  description: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type LogStep = z.infer<typeof logStepSchema>;

export const logDetailSchema = z.object({
  item: logListItemSchema,
  additionalDetails: z.string().nullable(),
  recommendedAction: z.string().nullable(),
  steps: z.array(logStepSchema),
  modifiedProperties: z.array(z.object({ name: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable() })),
  /** The record as stored (v1.0 names; Azure Monitor and CSV columns Graph lacks under `x-pwb-source`). */
  json: z.string(),
});
export type LogDetail = z.infer<typeof logDetailSchema>;

export const outcomeCountsSchema = z.object({
  total: z.number().int(),
  success: z.number().int(),
  failure: z.number().int(),
  skipped: z.number().int(),
  warning: z.number().int(),
});
export type OutcomeCounts = z.infer<typeof outcomeCountsSchema>;

export const logStatsRowSchema = outcomeCountsSchema.extend({ key: z.string().nullable(), label: z.string().nullable() });
export type LogStatsRow = z.infer<typeof logStatsRowSchema>;

export const logCycleSchema = outcomeCountsSchema.extend({
  cycleId: z.string(),
  jobId: z.string().nullable(),
  appName: z.string().nullable(),
  firstDateTime: z.string(),
  lastDateTime: z.string(),
});
export type LogCycle = z.infer<typeof logCycleSchema>;

export const logPullSummarySchema = z.object({
  since: z.string(),
  until: z.string().nullable(),
  pages: z.number().int(),
  added: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  cancelled: z.boolean(),
  rejections: z.array(z.object({ file: z.string(), position: z.string(), reason: z.string() })),
});
export type LogPullSummary = z.infer<typeof logPullSummarySchema>;

export const logImportSummarySchema = z.object({
  files: z.array(z.object({ file: z.string(), format: z.string() })),
  added: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  /** The first rejections, each with its position and reason. */
  rejections: z.array(z.object({ file: z.string(), position: z.string(), reason: z.string() })),
});
export type LogImportSummary = z.infer<typeof logImportSummarySchema>;
