import { z } from 'zod';
import type { ForecastResult, ForecastRow } from '../../sync/forecast-types';
import type { ScimCheckReport } from '../../sync/scim-check';
import { DIALECTS, type TrialRun } from '../../sync/types';
import type { ChannelSpecs } from './spec';

const id = z.string().min(1).max(200);
const appRef = { tenantId: id, appId: id };

/** What a forecast runs against: an empty SCIM service in memory, the app's local endpoint (its current state), or a URL (GETs only). */
export const forecastTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }).strict(),
  z.object({ kind: z.literal('local'), profileId: z.string().max(50).optional() }).strict(),
  z.object({ kind: z.literal('url'), baseUrl: z.string().url().max(2000), token: z.string().min(1).max(10_000) }).strict(),
]);
export type ForecastTarget = z.infer<typeof forecastTargetSchema>;

/** A forecast without its rows (rows are paged with forecast:rows). */
export type ForecastSummary = Omit<ForecastResult, 'rows'>;

const forecastSummary = z.custom<ForecastSummary>((v) => typeof v === 'object' && v !== null && 'totals' in v && 'quarantine' in v);

export const forecastRowFilterSchema = z
  .object({
    search: z.string().max(200).optional(),
    kind: z.enum(['User', 'Group']).optional(),
    logStatus: z.enum(['Success', 'Failure', 'Skipped', 'Warning']).optional(),
    action: z.enum(['create', 'update', 'delete', 'disable', 'other']).optional(),
    /** An error code or a finding code. */
    code: z.string().max(100).optional(),
  })
  .strict();
export type ForecastRowFilter = z.infer<typeof forecastRowFilterSchema>;

/** Before rollout: the first cycle's forecast for every object in scope, and Test Connection / compatibility probe. */
export const forecastContract = {
  'forecast:run': {
    request: z.object({ ...appRef, taskId: z.string().min(1).max(100), target: forecastTargetSchema, dialect: z.enum(DIALECTS).optional(), legacyDefaultAccess: z.boolean().optional() }).strict(),
    response: forecastSummary,
  },
  'forecast:latest': {
    request: z.object(appRef).strict(),
    response: forecastSummary.nullable(),
  },
  'forecast:rows': {
    request: z.object({ forecastId: id, filter: forecastRowFilterSchema.optional(), offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    response: z.object({ total: z.number().int(), rows: z.array(z.custom<ForecastRow>((v) => typeof v === 'object' && v !== null)) }),
  },
  /** One row's trial-sync timeline, replayed on demand. */
  'forecast:object': {
    request: z.object({ forecastId: id, kind: z.enum(['User', 'Group']), objectId: id }).strict(),
    response: z.custom<TrialRun>((v) => typeof v === 'object' && v !== null && 'objects' in v),
  },
  'forecast:cancel': {
    request: z.object({ taskId: z.string().min(1).max(100) }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** Test Connection and the compatibility probe; the token is used for this call only, never stored. */
  'scimCheck:run': {
    request: z
      .object({
        baseUrl: z.string().url().max(2000),
        token: z.string().min(1).max(10_000),
        tenantId: id.optional(),
        appId: id.optional(),
        /** The create → update → disable → delete round trip; needs confirmHost equal to the URL's host. */
        write: z.boolean().optional(),
        confirmHost: z.string().max(500).optional(),
      })
      .strict(),
    response: z.custom<ScimCheckReport>((v) => typeof v === 'object' && v !== null && 'findings' in v),
  },
} satisfies ChannelSpecs;
