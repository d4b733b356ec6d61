import { z } from 'zod';
import { DIALECTS, SCENARIOS, type EntraLink, type TrialRun } from '../../sync/types';
import { populationMemberSchema } from './audit';
import type { ChannelSpecs } from './spec';

const id = z.string().min(1).max(200);
const appRef = { tenantId: id, appId: id };

/** Where a trial runs: the app's own local SCIM endpoint (default), or any SCIM base URL with its token. */
export const trialTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local'), profileId: z.string().max(50).optional() }).strict(),
  z
    .object({
      kind: z.literal('url'),
      baseUrl: z.string().url().max(2000),
      token: z.string().min(1).max(10_000),
      /** Writes to a real service need the admin to type or confirm its host name; a dry run does not. */
      confirmHost: z.string().max(500).optional(),
    })
    .strict(),
]);
export type TrialTarget = z.infer<typeof trialTargetSchema>;

/** The target a state or a run list refers to (no token: state is kept per base URL). */
export const trialTargetRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }).strict(),
  z.object({ kind: z.literal('url'), baseUrl: z.string().url().max(2000) }).strict(),
]);

export const scenarioSchema = z
  .object({
    name: z.enum(SCENARIOS),
    set: z.record(z.string().min(1).max(200), z.string().max(10_000).nullable()).optional(),
    groupId: id.optional(),
    userId: id.optional(),
    roleId: id.optional(),
  })
  .strict();

/** A user or group to run: the app's population, as the mapping preview lists it. */
export const trialSubjectOptionSchema = populationMemberSchema;
export type TrialSubjectOption = z.infer<typeof trialSubjectOptionSchema>;

export const trialRunSummarySchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  scenario: z.string(),
  subjectKind: z.string(),
  subjectName: z.string(),
  status: z.string(),
  verdict: z.string(),
  targetKey: z.string(),
});
export type TrialRunSummary = z.infer<typeof trialRunSummarySchema>;

const trialRunResponse = z.custom<TrialRun>((value) => typeof value === 'object' && value !== null && 'objects' in value && 'exchanges' in value);

export const trialStateSchema = z.object({
  targetKey: z.string(),
  /** For the local target: the endpoint's profile and its store file. */
  profileId: z.string().nullable(),
  links: z.array(z.custom<EntraLink>((value) => typeof value === 'object' && value !== null)),
});
export type TrialStateView = z.infer<typeof trialStateSchema>;

/** Trial sync: Entra's provisioning cycle for one user or group, against a SCIM target. */
export const trialContract = {
  'trial:subjects': {
    request: z.object({ ...appRef, search: z.string().max(200).optional(), kind: z.enum(['User', 'Group']).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    response: z.object({ total: z.number().int(), items: z.array(trialSubjectOptionSchema) }),
  },
  'trial:groupMembers': {
    request: z.object({ ...appRef, groupId: id }).strict(),
    response: z.array(z.object({ id: z.string(), displayName: z.string(), userPrincipalName: z.string(), inScope: z.boolean(), nested: z.boolean() })),
  },
  /** The values expressions see for one object (the `change` scenario edits them). */
  'trial:source': {
    request: z.object({ ...appRef, kind: z.enum(['User', 'Group']), objectId: id }).strict(),
    response: z.object({ attributes: z.record(z.string(), z.unknown()), mappedAttributes: z.array(z.string()) }),
  },
  'trial:run': {
    request: z
      .object({
        ...appRef,
        subject: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('User'), id }).strict(),
          z.object({ kind: z.literal('Group'), id, memberIds: z.array(id).max(5).optional() }).strict(),
        ]),
        scenario: scenarioSchema.default({ name: 'first' }),
        target: trialTargetSchema.default({ kind: 'local' }),
        dialect: z.enum(DIALECTS).default('default'),
        dryRun: z.boolean().default(false),
        legacyDefaultAccess: z.boolean().default(false),
      })
      .strict(),
    response: trialRunResponse,
  },
  'trial:runs': {
    request: z.object({ ...appRef, limit: z.number().int().min(1).max(500).optional() }).strict(),
    response: z.array(trialRunSummarySchema),
  },
  'trial:getRun': { request: z.object({ runId: id }).strict(), response: trialRunResponse },
  'trial:clearRuns': { request: z.object(appRef).strict(), response: z.object({ cleared: z.number().int() }) },
  'trial:state': { request: z.object({ ...appRef, target: trialTargetRefSchema.default({ kind: 'local' }) }).strict(), response: trialStateSchema },
  /** Forgets Entra's links; for the local target also empties the app's local endpoint, so the story starts over. */
  'trial:resetState': {
    request: z.object({ ...appRef, target: trialTargetRefSchema.default({ kind: 'local' }), clearLocalTarget: z.boolean().default(true) }).strict(),
    response: z.object({ links: z.number().int(), targetCleared: z.boolean() }),
  },
  /** The object as the app's local endpoint holds it now (the mapping preview's Update compares with it). */
  'trial:targetObject': {
    request: z.object({ ...appRef, kind: z.enum(['User', 'Group']), objectId: id }).strict(),
    response: z.object({ targetId: z.string().nullable(), object: z.record(z.string(), z.unknown()).nullable() }),
  },
} as const satisfies ChannelSpecs;
