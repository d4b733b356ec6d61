import { z } from 'zod';

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

const nullableString = z.string().nullable().optional();

/** `{key, value}` pairs used by `metadata` arrays. */
export const metadataEntrySchema = z.looseObject({ key: z.string(), value: z.string().nullable() });
export type MetadataEntry = z.infer<typeof metadataEntrySchema>;

export const synchronizationJobSettingSchema = z.looseObject({ name: z.string(), value: z.string().nullable() });
export type SynchronizationJobSetting = z.infer<typeof synchronizationJobSettingSchema>;

// ---------------------------------------------------------------- job (§2.3)

export const synchronizationScheduleSchema = z.looseObject({
  expiration: nullableString,
  /** ISO 8601 duration, e.g. `PT40M`; `TIMESPAN_MAX_VALUE` when not scheduled. */
  interval: z.string(),
  state: z.enum(['Active', 'Disabled', 'Paused', 'unknownFutureValue']),
});
export type SynchronizationSchedule = z.infer<typeof synchronizationScheduleSchema>;

export const synchronizationErrorSchema = z.looseObject({
  code: nullableString,
  message: nullableString,
  tenantActionable: z.boolean().nullable().optional(),
});
export type SynchronizationError = z.infer<typeof synchronizationErrorSchema>;

const count = z.number().int().nullable().optional();

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
  state: z.string(),
  timeBegan: nullableString,
  timeEnded: nullableString,
});
export type SynchronizationTaskExecution = z.infer<typeof synchronizationTaskExecutionSchema>;

export const synchronizationProgressSchema = z.looseObject({
  completedUnits: z.number().nullable().optional(),
  totalUnits: z.number().nullable().optional(),
  units: nullableString,
  progressObservationDateTime: nullableString,
});
export type SynchronizationProgress = z.infer<typeof synchronizationProgressSchema>;

/** Timestamps and `reason` can be "" (Graph's own example), so they are plain strings. */
export const synchronizationQuarantineSchema = z.looseObject({
  currentBegan: nullableString,
  nextAttempt: nullableString,
  /** One of `QUARANTINE_REASONS`, or "". */
  reason: nullableString,
  seriesBegan: nullableString,
  seriesCount: z.number().int().nullable().optional(),
  error: synchronizationErrorSchema.nullable().optional(),
});
export type SynchronizationQuarantine = z.infer<typeof synchronizationQuarantineSchema>;

export const synchronizationStatusSchema = z.looseObject({
  code: z.enum(['NotConfigured', 'NotRun', 'Active', 'Paused', 'Quarantine']),
  countSuccessiveCompleteFailures: z.number().int().nullable().optional(),
  escrowsPruned: z.boolean().nullable().optional(),
  lastExecution: synchronizationTaskExecutionSchema.nullable().optional(),
  lastSuccessfulExecution: synchronizationTaskExecutionSchema.nullable().optional(),
  lastSuccessfulExecutionWithExports: synchronizationTaskExecutionSchema.nullable().optional(),
  progress: z.array(synchronizationProgressSchema).optional(),
  quarantine: synchronizationQuarantineSchema.nullable().optional(),
  steadyStateFirstAchievedTime: nullableString,
  steadyStateLastAchievedTime: nullableString,
  synchronizedEntryCountByType: z.array(z.looseObject({ key: z.string(), value: z.number() })).optional(),
  troubleshootingUrl: nullableString,
});
export type SynchronizationStatus = z.infer<typeof synchronizationStatusSchema>;

export const synchronizationJobSchema = z.looseObject({
  id: z.string().min(1),
  templateId: z.string(),
  schedule: synchronizationScheduleSchema,
  status: synchronizationStatusSchema,
  synchronizationJobSettings: z.array(synchronizationJobSettingSchema).default([]),
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

export const attributeMappingSourceSchema: z.ZodType<AttributeMappingSource> = z.looseObject({
  expression: nullableString,
  name: nullableString,
  type: z.enum(['Attribute', 'Constant', 'Function']),
  get parameters() {
    return z.array(attributeMappingParameterSchema).default([]);
  },
});

export const attributeMappingParameterSchema: z.ZodType<AttributeMappingParameter> = z.looseObject({
  key: z.string(),
  get value() {
    return attributeMappingSourceSchema;
  },
});

export const attributeMappingSchema = z.looseObject({
  /** `null` for a "None" mapping (default value only). */
  source: attributeMappingSourceSchema.nullable().optional(),
  targetAttributeName: z.string().min(1),
  /** 0 = not a matching attribute; otherwise the matching precedence, lowest first. */
  matchingPriority: z.number().int().default(0),
  flowType: z.enum(['Always', 'ObjectAddOnly', 'MultiValueAddOnly', 'ValueAddOnly', 'AttributeAddOnly']).default('Always'),
  flowBehavior: z.enum(['FlowWhenChanged', 'FlowAlways']).optional(),
  defaultValue: nullableString,
  exportMissingReferences: z.boolean().optional(),
});
export type AttributeMapping = z.infer<typeof attributeMappingSchema>;

export const filterOperandSchema = z.looseObject({ values: z.array(z.string()).default([]) });

export const filterClauseSchema = z.looseObject({
  sourceOperandName: z.string(),
  operatorName: z.string(),
  targetOperand: filterOperandSchema.default({ values: [] }),
});
export type FilterClause = z.infer<typeof filterClauseSchema>;

/** Clauses inside one group are ANDed. */
export const filterGroupSchema = z.looseObject({
  name: z.string(),
  clauses: z.array(filterClauseSchema).default([]),
});
export type FilterGroup = z.infer<typeof filterGroupSchema>;

/** An object mapping's `scope`. `groups` are ORed; objects leaving them are deprovisioned. */
export const filterSchema = z.looseObject({
  groups: z.array(filterGroupSchema).default([]),
  inputFilterGroups: z.array(filterGroupSchema).default([]),
  categoryFilterGroups: z.array(filterGroupSchema).default([]),
});
export type ScopingFilter = z.infer<typeof filterSchema>;

export const objectMappingSchema = z.looseObject({
  name: z.string(),
  enabled: z.boolean(),
  /** e.g. "Add, Update, Delete" */
  flowTypes: z.string().nullable().optional(),
  sourceObjectName: z.string(),
  targetObjectName: z.string(),
  scope: filterSchema.nullable().optional(),
  metadata: z.array(metadataEntrySchema).default([]),
  attributeMappings: z.array(attributeMappingSchema).default([]),
});
export type ObjectMapping = z.infer<typeof objectMappingSchema>;

export const synchronizationRuleSchema = z.looseObject({
  /** The `ruleId` provisionOnDemand needs. */
  id: z.string().min(1),
  name: z.string(),
  editable: z.boolean().optional(),
  priority: z.number().int().optional(),
  sourceDirectoryName: z.string().optional(),
  targetDirectoryName: z.string().optional(),
  metadata: z.array(metadataEntrySchema).default([]),
  objectMappings: z.array(objectMappingSchema).default([]),
});
export type SynchronizationRule = z.infer<typeof synchronizationRuleSchema>;

// ---------------------------------------------------------------- directories (§2.4)

export const referencedObjectSchema = z.looseObject({
  referencedObjectName: z.string(),
  referencedProperty: nullableString,
});
export type ReferencedObject = z.infer<typeof referencedObjectSchema>;

export const attributeDefinitionSchema = z.looseObject({
  name: z.string().min(1),
  type: z.enum(['String', 'Integer', 'Reference', 'Binary', 'Boolean', 'DateTime']),
  anchor: z.boolean().default(false),
  caseExact: z.boolean().default(false),
  defaultValue: nullableString,
  flowNullValues: z.boolean().optional(),
  multivalued: z.boolean().default(false),
  required: z.boolean().default(false),
  mutability: z.enum(['ReadWrite', 'ReadOnly', 'Immutable', 'WriteOnly']).optional(),
  referencedObjects: z.array(referencedObjectSchema).default([]),
  metadata: z.array(metadataEntrySchema).default([]),
  /** Beta / undocumented in v1.0: the portal's "API Expression". */
  apiExpressions: z.array(z.looseObject({ key: z.string(), value: z.string().nullable() })).optional(),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

export const objectDefinitionSchema = z.looseObject({
  name: z.string().min(1),
  attributes: z.array(attributeDefinitionSchema).default([]),
  metadata: z.array(metadataEntrySchema).default([]),
  supportedApis: z.array(z.string()).default([]),
});
export type ObjectDefinition = z.infer<typeof objectDefinitionSchema>;

export const directoryDefinitionSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  objects: z.array(objectDefinitionSchema).default([]),
  readOnly: z.boolean().optional(),
  version: nullableString,
  discoveryDateTime: nullableString,
  /** None | AttributeNames | AttributeDataTypes | AttributeReadOnly | ReferenceAttributes (flags, comma-separated) */
  discoverabilities: nullableString,
});
export type DirectoryDefinition = z.infer<typeof directoryDefinitionSchema>;

/** `GET …/jobs/{jobId}/schema` (also `…/templates/{id}/schema`). */
export const synchronizationSchemaSchema = z.looseObject({
  id: z.string().optional(),
  version: nullableString,
  directories: z.array(directoryDefinitionSchema).default([]),
  synchronizationRules: z.array(synchronizationRuleSchema).default([]),
});
export type SynchronizationSchema = z.infer<typeof synchronizationSchemaSchema>;

// ---------------------------------------------------------------- templates (§2.5)

export const synchronizationTemplateSchema = z.looseObject({
  id: z.string().min(1),
  applicationId: nullableString,
  default: z.boolean().optional(),
  description: nullableString,
  discoverable: z.boolean().optional(),
  factoryTag: nullableString,
  metadata: z.array(metadataEntrySchema).default([]),
  schema: synchronizationSchemaSchema.nullable().optional(),
});
export type SynchronizationTemplate = z.infer<typeof synchronizationTemplateSchema>;
