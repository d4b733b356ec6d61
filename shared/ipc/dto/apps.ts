import { z } from 'zod';

export const tenantSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  defaultDomain: z.string().nullable(),
  source: z.enum(['sample', 'graph', 'file']),
  fetchedAt: z.string(),
  /** Apps with provisioning configured. */
  appCount: z.number().int(),
});
export type TenantSummary = z.infer<typeof tenantSummarySchema>;

export const jobStatusCodeSchema = z.enum(['NotConfigured', 'NotRun', 'Active', 'Paused', 'Quarantine']);

export const appSummarySchema = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string(),
  templateId: z.string().nullable(),
  vendorProfile: z.string().nullable(),
  jobCount: z.number().int(),
  statusCode: jobStatusCodeSchema.nullable(),
  scheduleState: z.string().nullable(),
  lastCycleEnded: z.string().nullable(),
  lastCycleState: z.string().nullable(),
  quarantined: z.boolean(),
  assignedUsers: z.number().int(),
  assignedGroups: z.number().int(),
});
export type AppSummary = z.infer<typeof appSummarySchema>;

export const cycleSchema = z.object({
  state: z.string(),
  timeBegan: z.string().nullable(),
  timeEnded: z.string().nullable(),
  countExported: z.number().nullable(),
  countImported: z.number().nullable(),
  countEscrowed: z.number().nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
});

export const jobOverviewSchema = z.object({
  id: z.string(),
  templateId: z.string(),
  statusCode: jobStatusCodeSchema,
  scheduleState: z.string(),
  /** ISO 8601 duration as Graph returns it; null when Graph reports TimeSpan.MaxValue (not scheduled). */
  scheduleInterval: z.string().nullable(),
  lastExecution: cycleSchema.nullable(),
  lastSuccessfulExecution: cycleSchema.nullable(),
  quarantine: z
    .object({
      reason: z.string(),
      currentBegan: z.string().nullable(),
      nextAttempt: z.string().nullable(),
      seriesCount: z.number().nullable(),
      errorCode: z.string().nullable(),
      errorMessage: z.string().nullable(),
    })
    .nullable(),
  entryCounts: z.array(z.object({ key: z.string(), value: z.number() })),
  settings: z.array(z.object({ name: z.string(), value: z.string() })),
  countSuccessiveCompleteFailures: z.number(),
  steadyStateLastAchieved: z.string().nullable(),
});
export type JobOverview = z.infer<typeof jobOverviewSchema>;

export const appRoleViewSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  value: z.string().nullable(),
  allowedMemberTypes: z.array(z.string()),
  isEnabled: z.boolean(),
});

export const appOverviewSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  appId: z.string(),
  displayName: z.string(),
  templateId: z.string().nullable(),
  applicationTemplateId: z.string().nullable(),
  vendorProfile: z.string().nullable(),
  appRoleAssignmentRequired: z.boolean(),
  accountEnabled: z.boolean(),
  tags: z.array(z.string()),
  appRoles: z.array(appRoleViewSchema),
  jobs: z.array(jobOverviewSchema),
  fetchedAt: z.string(),
  counts: z.object({
    assignedUsers: z.number().int(),
    assignedGroups: z.number().int(),
    usersViaGroups: z.number().int(),
    nestedNotProvisioned: z.number().int(),
    logRecords: z.number().int(),
  }),
});
export type AppOverview = z.infer<typeof appOverviewSchema>;

export const memberViewSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string().nullable(),
  objectType: z.enum(['user', 'group', 'other']),
  accountEnabled: z.boolean().nullable(),
  /** True when Entra will not provision this principal through the assigned group (nested-group member). */
  nested: z.boolean(),
  /** The chain of groups that leads from the assigned group to this member, for nested members. */
  via: z.array(z.string()),
});
export type MemberView = z.infer<typeof memberViewSchema>;

export const assignmentViewSchema = z.object({
  id: z.string(),
  principalId: z.string(),
  principalType: z.enum(['User', 'Group', 'ServicePrincipal']),
  principalDisplayName: z.string(),
  userPrincipalName: z.string().nullable(),
  accountEnabled: z.boolean().nullable(),
  softDeleted: z.boolean(),
  appRoleId: z.string(),
  roleName: z.string(),
  createdDateTime: z.string().nullable(),
  members: z.array(memberViewSchema),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const attributeMappingViewSchema = z.object({
  targetAttributeName: z.string(),
  sourceType: z.enum(['Attribute', 'Constant', 'Function', 'None']),
  sourceExpression: z.string().nullable(),
  matchingPriority: z.number().int(),
  flowType: z.string(),
  flowBehavior: z.string().nullable(),
  defaultValue: z.string().nullable(),
  target: z
    .object({ type: z.string(), required: z.boolean(), multivalued: z.boolean(), caseExact: z.boolean() })
    .nullable(),
});
export type AttributeMappingView = z.infer<typeof attributeMappingViewSchema>;

export const objectMappingViewSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  flowTypes: z.string(),
  sourceObjectName: z.string(),
  targetObjectName: z.string(),
  sourceDirectoryName: z.string(),
  targetDirectoryName: z.string(),
  /** Scoping filters in words: one entry per filter group (groups are ORed, clauses inside ANDed). */
  scope: z.array(z.object({ name: z.string(), clauses: z.array(z.string()) })),
  attributeMappings: z.array(attributeMappingViewSchema),
});
export type ObjectMappingView = z.infer<typeof objectMappingViewSchema>;

export const appMappingsSchema = z.object({
  jobs: z.array(
    z.object({
      jobId: z.string(),
      templateId: z.string(),
      objectMappings: z.array(objectMappingViewSchema),
      schemaJson: z.string(),
    }),
  ),
});
export type AppMappings = z.infer<typeof appMappingsSchema>;
