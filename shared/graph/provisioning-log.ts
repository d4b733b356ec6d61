import { z } from 'zod';
import { liberalInt, liberalString } from './liberal';

const nullableString = liberalString();

/** Free-form `details` bags (step details, identity details): string values in practice. */
export const detailsSchema = z.record(z.string(), z.unknown());

export const PROVISIONING_ACTIONS = ['create', 'update', 'delete', 'stageddelete', 'disable', 'other', 'unknownFutureValue'] as const;
export const PROVISIONING_RESULTS = ['success', 'warning', 'failure', 'skipped', 'unknownFutureValue'] as const;
export const PROVISIONING_STEP_TYPES = [
  'import',
  'scoping',
  'matching',
  'processing',
  'referenceResolution',
  'export',
  'unknownFutureValue',
] as const;

export const provisioningActionSchema = z.enum(PROVISIONING_ACTIONS);
export type ProvisioningAction = z.infer<typeof provisioningActionSchema>;
export const provisioningResultSchema = z.enum(PROVISIONING_RESULTS);
export type ProvisioningResult = z.infer<typeof provisioningResultSchema>;

export const provisioningErrorInfoSchema = z.looseObject({
  errorCode: nullableString,
  reason: nullableString,
  additionalDetails: nullableString,
  errorCategory: z.enum(['failure', 'nonServiceFailure', 'success', 'unknownFutureValue']).nullable().optional(),
  recommendedAction: nullableString,
});
export type ProvisioningErrorInfo = z.infer<typeof provisioningErrorInfoSchema>;

/** v1.0 `provisioningStatusInfo`; every Graph example names the error `errorInformation`. */
export const provisioningStatusInfoSchema = z.looseObject({
  status: provisioningResultSchema,
  errorInformation: provisioningErrorInfoSchema.nullable().optional(),
});
export type ProvisioningStatusInfo = z.infer<typeof provisioningStatusInfoSchema>;

export const provisioningStepSchema = z.looseObject({
  name: z.string(),
  provisioningStepType: z.enum(PROVISIONING_STEP_TYPES),
  status: provisioningResultSchema,
  description: nullableString,
  details: detailsSchema.nullable().optional(),
});
export type ProvisioningStep = z.infer<typeof provisioningStepSchema>;

export const modifiedPropertySchema = z.looseObject({
  displayName: z.string(),
  oldValue: nullableString,
  newValue: nullableString,
});
export type ModifiedProperty = z.infer<typeof modifiedPropertySchema>;

/** One example names the type key `initiatingType`; looseness keeps it. */
export const initiatorSchema = z.looseObject({
  id: nullableString,
  displayName: nullableString,
  initiatorType: z.enum(['user', 'application', 'system', 'unknownFutureValue']).nullable().optional(),
});
export type Initiator = z.infer<typeof initiatorSchema>;

/** Documented as a collection, but every example returns one `{id, displayName}` object. */
export const provisioningServicePrincipalSchema = z.looseObject({
  id: nullableString,
  displayName: nullableString,
});

export const provisionedIdentitySchema = z.looseObject({
  id: nullableString,
  displayName: nullableString,
  identityType: nullableString,
  details: detailsSchema.nullable().optional(),
});
export type ProvisionedIdentity = z.infer<typeof provisionedIdentitySchema>;

export const provisioningSystemSchema = z.looseObject({
  id: nullableString,
  displayName: nullableString,
  details: detailsSchema.nullable().optional(),
});
export type ProvisioningSystem = z.infer<typeof provisioningSystemSchema>;

/** `GET /auditLogs/provisioning` (v1.0 names, §2.11). */
export const provisioningObjectSummarySchema = z.looseObject({
  id: z.string().min(1),
  activityDateTime: z.string(),
  tenantId: nullableString,
  jobId: nullableString,
  cycleId: nullableString,
  changeId: nullableString,
  durationInMilliseconds: liberalInt(),
  provisioningAction: provisioningActionSchema,
  provisioningStatusInfo: provisioningStatusInfoSchema,
  provisioningSteps: z.array(provisioningStepSchema).default([]),
  modifiedProperties: z.array(modifiedPropertySchema).default([]),
  initiatedBy: initiatorSchema.nullable().optional(),
  servicePrincipal: provisioningServicePrincipalSchema.nullable().optional(),
  sourceIdentity: provisionedIdentitySchema.nullable().optional(),
  targetIdentity: provisionedIdentitySchema.nullable().optional(),
  sourceSystem: provisioningSystemSchema.nullable().optional(),
  targetSystem: provisioningSystemSchema.nullable().optional(),
});
export type ProvisioningObjectSummary = z.infer<typeof provisioningObjectSummarySchema>;
