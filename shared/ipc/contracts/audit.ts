import { z } from 'zod';
import type { MappingDiff } from '../../audit/diff';
import { objectMappingSchema } from '../../graph/synchronization';
import type { ChannelSpecs } from './spec';

const id = z.string().min(1).max(200);
const appRef = { tenantId: id, appId: id };
/** null: no vendor profile; omitted: the app's own profile. */
const profileId = z.string().max(50).nullable().optional();

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  title: z.string(),
  message: z.string(),
  fixHint: z.string(),
  objectMapping: z.string(),
  mappingIndex: z.number().int().optional(),
  targetAttributeName: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
export type FindingDto = z.infer<typeof findingSchema>;

export const populationMemberSchema = z.object({
  id: z.string(),
  kind: z.enum(['User', 'Group']),
  displayName: z.string(),
  detail: z.string(),
  assignedVia: z.string(),
  inScope: z.boolean(),
});
export type PopulationMemberDto = z.infer<typeof populationMemberSchema>;

export const auditedMappingSchema = z.object({
  index: z.number().int(),
  targetAttributeName: z.string(),
  expression: z.string().nullable(),
  matchingPriority: z.number().int(),
  flowType: z.string(),
  defaultValue: z.string().nullable(),
});

export const auditRunSchema = z.object({
  appId: z.string(),
  appName: z.string(),
  jobId: z.string().nullable(),
  templateId: z.string().nullable(),
  profileId: z.string().nullable(),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(findingSchema),
  objectMappings: z.array(
    z.object({
      name: z.string(),
      objectKind: z.enum(['User', 'Group']),
      enabled: z.boolean(),
      sourceObjectName: z.string(),
      targetObjectName: z.string(),
      attributeMappings: z.array(auditedMappingSchema),
      /** Source attribute names, for the editor's completion and unknown-attribute hints. */
      sourceAttributes: z.array(z.string()),
    }),
  ),
  /** The population is searched through `trial:subjects`; only its size and the picker's starting objects travel. */
  population: z.object({ total: z.number().int(), firstUser: populationMemberSchema.nullable(), firstGroup: populationMemberSchema.nullable() }),
  nestedOnlyUsers: z.number().int(),
  profiles: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type AuditRun = z.infer<typeof auditRunSchema>;

export const traceEntrySchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  value: z.unknown().optional(),
  error: z.string().optional(),
  ignoreFlow: z.boolean().optional(),
});

export const attributeOutcomeSchema = z.object({
  index: z.number().int(),
  targetAttributeName: z.string(),
  expression: z.string().nullable(),
  status: z.enum(['value', 'default', 'skipped-null', 'ignored-flow', 'add-only', 'error']),
  value: z.unknown().optional(),
  message: z.string().optional(),
  errorStart: z.number().int().optional(),
  errorEnd: z.number().int().optional(),
  trace: z.array(traceEntrySchema).optional(),
});
export type AttributeOutcomeDto = z.infer<typeof attributeOutcomeSchema>;

export const auditPreviewSchema = z.object({
  objectId: z.string(),
  kind: z.enum(['User', 'Group']),
  displayName: z.string(),
  objectMapping: z.string(),
  inScope: z.boolean(),
  /** The attribute values expressions see, for the live expression editor. */
  source: z.record(z.string(), z.unknown()),
  attributes: z.array(attributeOutcomeSchema),
  scim: z.object({ body: z.record(z.string(), z.unknown()), notes: z.array(z.object({ targetAttributeName: z.string(), note: z.string() })) }),
  /** The request the trial-sync engine would send for this operation (the same planner), or why none. */
  plan: z.object({
    operation: z.enum(['create', 'update']),
    /** Nothing is sent at all (a disabled object mapping). */
    blocked: z.string().nullable(),
    /** What Entra would log instead of sending (MandatoryFieldsMissing, an expression error). */
    failure: z.object({ errorCode: z.string(), reason: z.string(), recommendedAction: z.string().nullable() }).nullable(),
    request: z.object({ method: z.enum(['POST', 'PATCH']), path: z.string(), body: z.unknown() }).nullable(),
    /** One line for the admin, e.g. "2 attributes differ from the object in the local endpoint". */
    summary: z.string(),
  }),
});
export type AuditPreview = z.infer<typeof auditPreviewSchema>;

export const reportFormatSchema = z.enum(['markdown', 'csv', 'html']);

/** The mapping audit: findings, per-object previews, diffs and reports. */
export const auditContract = {
  'audit:run': { request: z.object({ ...appRef, profileId }).strict(), response: auditRunSchema },
  'audit:preview': {
    request: z
      .object({
        ...appRef,
        objectId: id,
        operation: z.enum(['create', 'update']).default('create'),
        dialect: z.enum(['default', 'aadOptscim062020']).default('default'),
        /** Update: the target object to compare with (the local endpoint's, or an edited copy); absent = an empty object. */
        targetObject: z.record(z.string(), z.unknown()).optional(),
        targetId: z.string().max(200).optional(),
      })
      .strict(),
    response: auditPreviewSchema,
  },
  'audit:diff': {
    request: z
      .object({
        ...appRef,
        against: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('recommended'), profileId: z.string().max(50).optional() }),
          z.object({ kind: z.literal('snapshot'), fileName: z.string().max(500), text: z.string() }),
          /** The other side already read from a snapshot file by the renderer: only its object mappings cross the boundary. */
          z.object({ kind: z.literal('mappings'), label: z.string().max(500), objectMappings: z.array(objectMappingSchema).max(50) }),
        ]),
      })
      .strict(),
    response: z.custom<MappingDiff>((value) => typeof value === 'object' && value !== null),
  },
  'audit:report': {
    request: z.object({ ...appRef, profileId, format: reportFormatSchema }).strict(),
    response: z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
  },
} as const satisfies ChannelSpecs;
