import { z } from 'zod';
import type { OnDemandComparison, ParsedOnDemandResponse } from '../../sync/on-demand/types';
import type { TrialRun } from '../../sync/types';
import type { ChannelSpecs } from './spec';

const id = z.string().min(1).max(200);
const appRef = { tenantId: id, appId: id };

export const onDemandSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('User'), id }).strict(),
  z.object({ kind: z.literal('Group'), id, memberIds: z.array(id).max(20) }).strict(),
]);

/** Where our prediction runs: an empty SCIM service in memory, or the real app's Tenant URL with GETs only (its current state). */
export const onDemandPredictionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }).strict(),
  z.object({ kind: z.literal('url'), baseUrl: z.string().url().max(2000), token: z.string().min(1).max(10_000) }).strict(),
]);
export type OnDemandPredictionTarget = z.infer<typeof onDemandPredictionTargetSchema>;

/** What the panel needs before it offers the call. */
export const onDemandCheckSchema = z.object({
  ruleId: z.string().nullable(),
  signedIn: z.boolean(),
  /** The account of this tenant has consented to Synchronization.ReadWrite.All. */
  writeAccess: z.boolean(),
  accountName: z.string().nullable(),
  /** Why the call cannot be made (no rule, sample tenant, not signed in to this tenant, OAuth app running…). */
  blocked: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type OnDemandCheck = z.infer<typeof onDemandCheckSchema>;

export interface OnDemandRunView {
  id: string;
  tenantId: string;
  appId: string;
  subject: { kind: 'User' | 'Group'; id: string; displayName: string; memberIds: string[] };
  ruleId: string;
  predictedAt: string;
  calledAt: string | null;
  status: 'predicted' | 'compared' | 'failed' | 'unreadable';
  prediction: TrialRun;
  predictionTarget: string;
  response: unknown;
  parsed: ParsedOnDemandResponse | null;
  comparison: OnDemandComparison | null;
  report: string | null;
  error: string | null;
  /** Retries and waits: how often Graph throttled the call and how long we paced. */
  pacing: { waitedMs: number };
}

export interface OnDemandRunSummary {
  id: string;
  subjectKind: string;
  subjectName: string;
  predictedAt: string;
  status: string;
  agree: boolean | null;
}

const runView = z.custom<OnDemandRunView>((v) => typeof v === 'object' && v !== null && 'prediction' in v);

/** Predicted vs actual: our prediction saved, then Entra's provisionOnDemand for the same subject, compared step by step. */
export const onDemandContract = {
  'onDemand:check': {
    request: z.object(appRef).strict(),
    response: onDemandCheckSchema,
  },
  /** Writes to the real app: `confirmed` must be true (the UI asks first). */
  'onDemand:run': {
    request: z
      .object({
        ...appRef,
        subject: onDemandSubjectSchema,
        target: onDemandPredictionTargetSchema.default({ kind: 'empty' }),
        confirmed: z.boolean(),
      })
      .strict(),
    response: runView,
  },
  'onDemand:runs': {
    request: z.object({ ...appRef, limit: z.number().int().min(1).max(200).optional() }).strict(),
    response: z.array(z.custom<OnDemandRunSummary>((v) => typeof v === 'object' && v !== null)),
  },
  'onDemand:get': { request: z.object({ runId: id }).strict(), response: runView },
} as const satisfies ChannelSpecs;
