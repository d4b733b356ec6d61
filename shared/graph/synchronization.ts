import { z } from 'zod';
import { RAW_KEY, booleanOr, enumMember, intOr, keepRawEnums, liberalBoolean, liberalDate, liberalEnum, liberalInt, liberalNumber, liberalString, listOf, toBoolean, toNumber, toText } from './liberal';

/** `.NET TimeSpan.MaxValue` as Graph serializes it: the interval of a job that is not scheduled. */
export const TIMESPAN_MAX_VALUE = 'P10675199DT2H48M5.4775807S';

/** Graph's "never" timestamp (`DateTime.MinValue`), used e.g. for `steadyStateFirstAchievedTime`. */
export const GRAPH_MIN_DATE_TIME = '0001-01-01T00:00:00Z';

export const QUARANTINE_REASONS = [
  'EncounteredBaseEscrowThreshold',
  'EncounteredTotalEscrowThreshold',
  'EncounteredEscrowProportionThreshold',
  'EncounteredQuarantineException',
  'Unknown',
  'QuarantinedOnDemand',
  'TooManyDeletes',
  'IngestionInterrupted',
] as const;

const nullableString = liberalString();
const nullableDate = liberalDate();

/** `{key, value}` pairs used by `metadata` arrays. */
export const metadataEntrySchema = z.looseObject({ key: z.string(), value: z.preprocess((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v ?? null), z.string().nullable()) });
export type MetadataEntry = z.infer<typeof metadataEntrySchema>;

export const synchronizationJobSettingSchema = z.looseObject({ name: z.string(), value: z.preprocess((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v ?? null), z.string().nullable()) });
export type SynchronizationJobSetting = z.infer<typeof synchronizationJobSettingSchema>;

// ---------------------------------------------------------------- job (§2.3)

export const SCHEDULE_STATES = ['Active', 'Disabled', 'Paused', 'unknownFutureValue'] as const;

/** An unknown `state` reads as `unknownFutureValue` (the raw value is kept under `@pwb.raw`). */
export const synchronizationScheduleSchema = z.preprocess(
  keepRawEnums({ state: SCHEDULE_STATES }),
  z.looseObject({
    expiration: nullableDate,
    /** ISO 8601 duration, e.g. `PT40M`; `TIMESPAN_MAX_VALUE` when not scheduled. */
    interval: z.preprocess((v) => (v === null || v === undefined || v === '' ? TIMESPAN_MAX_VALUE : v), z.string()),
    state: liberalEnum(SCHEDULE_STATES, 'unknownFutureValue'),
  }),
);
export type SynchronizationSchedule = z.infer<typeof synchronizationScheduleSchema>;

export const synchronizationErrorSchema = z.looseObject({
  code: nullableString,
  message: nullableString,
  tenantActionable: liberalBoolean(),
});
export type SynchronizationError = z.infer<typeof synchronizationErrorSchema>;

const count = liberalInt();

export const synchronizationTaskExecutionSchema = z.looseObject({
  activityIdentifier: nullableString,
  countEntitled: count,
  countEntitledForProvisioning: count,
  countEscrowed: count,
  countEscrowedRaw: count,
  countExported: count,
  countExports: count,
  countImported: count,
  countImportedDeltas: count,
  countImportedReferenceDeltas: count,
  error: synchronizationErrorSchema.nullable().optional(),
  /** Succeeded | Failed | EntryLevelErrors */
  state: z.preprocess((v) => (v === null || v === undefined ? '' : v), z.string()),
  timeBegan: nullableDate,
  timeEnded: nullableDate,
});
export type SynchronizationTaskExecution = z.infer<typeof synchronizationTaskExecutionSchema>;

export const synchronizationProgressSchema = z.looseObject({
  completedUnits: liberalNumber(),
  totalUnits: liberalNumber(),
  units: nullableString,
  progressObservationDateTime: nullableDate,
});
export type SynchronizationProgress = z.infer<typeof synchronizationProgressSchema>;

/** Timestamps and `reason` can be "" (Graph's own example), so they are plain strings. */
export const synchronizationQuarantineSchema = z.looseObject({
  currentBegan: nullableDate,
  nextAttempt: nullableDate,
  /** One of `QUARANTINE_REASONS`, or "". */
  reason: nullableString,
  seriesBegan: nullableDate,
  seriesCount: count,
  error: synchronizationErrorSchema.nullable().optional(),
});
export type SynchronizationQuarantine = z.infer<typeof synchronizationQuarantineSchema>;

/** A `{key, value}` count whose value is not a number keeps it raw and reads as 0. */
function countEntry(entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object') return entry;
  const input = entry as Record<string, unknown>;
  const value = toNumber(input.value);
  if (typeof value === 'number' && Number.isFinite(value)) return { ...input, value };
  return { ...input, value: 0, [RAW_KEY]: { value: input.value } };
}

export const STATUS_CODES = ['NotConfigured', 'NotRun', 'Active', 'Paused', 'Quarantine', 'unknownFutureValue'] as const;

/** An unknown `code` reads as `unknownFutureValue` (the raw value is kept under `@pwb.raw`). */
export const synchronizationStatusSchema = z.preprocess(
  keepRawEnums({ code: STATUS_CODES }),
  z.looseObject({
  code: liberalEnum(STATUS_CODES, 'unknownFutureValue'),
  countSuccessiveCompleteFailures: count,
  escrowsPruned: liberalBoolean(),
  lastExecution: synchronizationTaskExecutionSchema.nullable().optional(),
  lastSuccessfulExecution: synchronizationTaskExecutionSchema.nullable().optional(),
  lastSuccessfulExecutionWithExports: synchronizationTaskExecutionSchema.nullable().optional(),
  progress: z.array(synchronizationProgressSchema).nullable().optional(),
  quarantine: synchronizationQuarantineSchema.nullable().optional(),
  steadyStateFirstAchievedTime: nullableDate,
  steadyStateLastAchievedTime: nullableDate,
  /** `value` is an Int64: sent as a string when IEEE754 compatibility is negotiated. */
  synchronizedEntryCountByType: z.array(z.preprocess(countEntry, z.looseObject({ key: z.string(), value: z.number() }))).nullable().optional(),
  troubleshootingUrl: nullableString,
  }),
);
export type SynchronizationStatus = z.infer<typeof synchronizationStatusSchema>;

export const synchronizationJobSchema = z.looseObject({
  id: z.string().min(1),
  templateId: z.preprocess((v) => v ?? '', z.string()),
  schedule: z.preprocess((v) => v ?? { interval: TIMESPAN_MAX_VALUE, state: 'Disabled' }, synchronizationScheduleSchema),
  status: z.preprocess((v) => v ?? { code: 'NotConfigured' }, synchronizationStatusSchema),
  synchronizationJobSettings: listOf(synchronizationJobSettingSchema),
});
export type SynchronizationJob = z.infer<typeof synchronizationJobSchema>;

// ---------------------------------------------------------------- mappings (§2.4)

export type AttributeMappingSourceType = 'Attribute' | 'Constant' | 'Function';

/**
 * The parse tree of a mapping expression, as Graph stores it: for an Attribute `name` is the
 * attribute, for a Constant `name` is the unescaped value and `expression` the quoted form, for a
 * Function `name` is the function and `parameters` its arguments keyed by parameter name.
 */
export interface AttributeMappingSource {
  expression?: string | null | undefined;
  name?: string | null | undefined;
  type: AttributeMappingSourceType;
  parameters: AttributeMappingParameter[];
  [key: string]: unknown;
}

export interface AttributeMappingParameter {
  key: string;
  value: AttributeMappingSource;
  [key: string]: unknown;
}

const SOURCE_TYPES = ['Attribute', 'Constant', 'Function'] as const;

export const attributeMappingSourceSchema: z.ZodType<AttributeMappingSource> = z.looseObject({
  expression: nullableString,
  name: nullableString,
  type: z.preprocess((v) => enumMember(SOURCE_TYPES, v) ?? v, z.enum(SOURCE_TYPES)),
  get parameters() {
    return listOf(attributeMappingParameterSchema);
  },
});

export const attributeMappingParameterSchema: z.ZodType<AttributeMappingParameter> = z.looseObject({
  key: z.string(),
  get value() {
    return attributeMappingSourceSchema;
  },
});

export const FLOW_TYPES = ['Always', 'ObjectAddOnly', 'MultiValueAddOnly', 'ValueAddOnly', 'AttributeAddOnly'] as const;
export const FLOW_BEHAVIORS = ['FlowWhenChanged', 'FlowAlways'] as const;

/** An unknown `flowType` reads as `Always` and an unknown `flowBehavior` as absent; both are kept under `@pwb.raw`. */
export const attributeMappingSchema = z.preprocess(
  keepRawEnums({ flowType: FLOW_TYPES, flowBehavior: FLOW_BEHAVIORS }),
  z.looseObject({
    /** `null` for a "None" mapping (default value only). */
    source: attributeMappingSourceSchema.nullable().optional(),
    targetAttributeName: z.string().min(1),
    /** 0 = not a matching attribute; otherwise the matching precedence, lowest first. */
    matchingPriority: intOr(0),
    flowType: liberalEnum(FLOW_TYPES, 'Always'),
    flowBehavior: z.preprocess((v) => (v === null ? undefined : enumMember(FLOW_BEHAVIORS, v)), z.enum(FLOW_BEHAVIORS).optional()),
    defaultValue: nullableString,
    exportMissingReferences: z.preprocess((v) => (v === null ? undefined : toBoolean(v)), z.boolean().optional()),
  }),
);
export type AttributeMapping = z.infer<typeof attributeMappingSchema>;

export const filterOperandSchema = z.looseObject({ values: listOf(z.preprocess(toText, z.string())) });

export const filterClauseSchema = z.looseObject({
  sourceOperandName: z.string(),
  operatorName: z.string(),
  targetOperand: z.preprocess((v) => v ?? { values: [] }, filterOperandSchema),
});
export type FilterClause = z.infer<typeof filterClauseSchema>;

/** Clauses inside one group are ANDed. */
export const filterGroupSchema = z.looseObject({
  name: z.string(),
  clauses: listOf(filterClauseSchema),
});
export type FilterGroup = z.infer<typeof filterGroupSchema>;

/** An object mapping's `scope`. `groups` are ORed; objects leaving them are deprovisioned. */
export const filterSchema = z.looseObject({
  groups: listOf(filterGroupSchema),
  inputFilterGroups: listOf(filterGroupSchema),
  categoryFilterGroups: listOf(filterGroupSchema),
});
export type ScopingFilter = z.infer<typeof filterSchema>;

export const objectMappingSchema = z.looseObject({
  name: z.preprocess((v) => v ?? '', z.string()),
  enabled: booleanOr(true),
  /** e.g. "Add, Update, Delete" */
  flowTypes: z.string().nullable().optional(),
  sourceObjectName: z.string(),
  targetObjectName: z.string(),
  scope: filterSchema.nullable().optional(),
  metadata: listOf(metadataEntrySchema),
  attributeMappings: listOf(attributeMappingSchema),
});
export type ObjectMapping = z.infer<typeof objectMappingSchema>;

export const synchronizationRuleSchema = z.looseObject({
  /** The `ruleId` provisionOnDemand needs. */
  id: z.string().min(1),
  name: z.string(),
  editable: z.preprocess((v) => (v === null ? undefined : toBoolean(v)), z.boolean().optional()),
  priority: z.preprocess((v) => (v === null ? undefined : toNumber(v)), z.number().int().optional()),
  sourceDirectoryName: z.preprocess((v) => (v === null ? undefined : v), z.string().optional()),
  targetDirectoryName: z.preprocess((v) => (v === null ? undefined : v), z.string().optional()),
  metadata: listOf(metadataEntrySchema),
  objectMappings: listOf(objectMappingSchema),
});
export type SynchronizationRule = z.infer<typeof synchronizationRuleSchema>;

// ---------------------------------------------------------------- directories (§2.4)

export const referencedObjectSchema = z.looseObject({
  referencedObjectName: z.string(),
  referencedProperty: nullableString,
});
export type ReferencedObject = z.infer<typeof referencedObjectSchema>;

export const ATTRIBUTE_TYPES = ['String', 'Integer', 'Reference', 'Binary', 'Boolean', 'DateTime'] as const;
export const MUTABILITIES = ['ReadWrite', 'ReadOnly', 'Immutable', 'WriteOnly'] as const;

/** An unknown `type` reads as `String` and an unknown `mutability` as absent; both are kept under `@pwb.raw`. */
export const attributeDefinitionSchema = z.preprocess(
  keepRawEnums({ type: ATTRIBUTE_TYPES, mutability: MUTABILITIES }),
  z.looseObject({
    name: z.string().min(1),
    type: liberalEnum(ATTRIBUTE_TYPES, 'String'),
    anchor: booleanOr(false),
    caseExact: booleanOr(false),
    defaultValue: nullableString,
    flowNullValues: z.preprocess((v) => (v === null ? undefined : toBoolean(v)), z.boolean().optional()),
    multivalued: booleanOr(false),
    required: booleanOr(false),
    mutability: z.preprocess((v) => (v === null ? undefined : enumMember(MUTABILITIES, v)), z.enum(MUTABILITIES).optional()),
    referencedObjects: listOf(referencedObjectSchema),
    metadata: listOf(metadataEntrySchema),
    /** Beta / undocumented in v1.0: the portal's "API Expression". */
    apiExpressions: z.array(metadataEntrySchema).optional(),
  }),
);
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

export const objectDefinitionSchema = z.looseObject({
  name: z.string().min(1),
  attributes: listOf(attributeDefinitionSchema),
  metadata: listOf(metadataEntrySchema),
  supportedApis: listOf(z.string()),
});
export type ObjectDefinition = z.infer<typeof objectDefinitionSchema>;

export const directoryDefinitionSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  objects: listOf(objectDefinitionSchema),
  readOnly: z.preprocess((v) => (v === null ? undefined : toBoolean(v)), z.boolean().optional()),
  version: nullableString,
  discoveryDateTime: nullableDate,
  /** None | AttributeNames | AttributeDataTypes | AttributeReadOnly | ReferenceAttributes (flags, comma-separated) */
  discoverabilities: nullableString,
});
export type DirectoryDefinition = z.infer<typeof directoryDefinitionSchema>;

/** `GET …/jobs/{jobId}/schema` (also `…/templates/{id}/schema`). */
export const synchronizationSchemaSchema = z.looseObject({
  id: z.preprocess((v) => (v === null ? undefined : v), z.string().optional()),
  version: nullableString,
  directories: listOf(directoryDefinitionSchema),
  synchronizationRules: listOf(synchronizationRuleSchema),
});
export type SynchronizationSchema = z.infer<typeof synchronizationSchemaSchema>;

// ---------------------------------------------------------------- templates (§2.5)

export const synchronizationTemplateSchema = z.looseObject({
  id: z.string().min(1),
  applicationId: nullableString,
  default: z.preprocess((v) => (v === null ? undefined : toBoolean(v)), z.boolean().optional()),
  description: nullableString,
  discoverable: z.preprocess((v) => (v === null ? undefined : toBoolean(v)), z.boolean().optional()),
  factoryTag: nullableString,
  metadata: listOf(metadataEntrySchema),
  schema: synchronizationSchemaSchema.nullable().optional(),
});
export type SynchronizationTemplate = z.infer<typeof synchronizationTemplateSchema>;
