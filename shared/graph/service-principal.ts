import { z } from 'zod';

/** An assignment with this `appRoleId` was made without a specific role: Entra's "Default Access". */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

/** Tag carried by gallery and non-gallery enterprise-app instances. */
export const INTEGRATED_APP_TAG = 'WindowsAzureActiveDirectoryIntegratedApp';

export const appRoleSchema = z.looseObject({
  id: z.string().min(1),
  allowedMemberTypes: z.array(z.string()),
  description: z.string().nullable().optional(),
  displayName: z.string().nullable().optional(),
  isEnabled: z.boolean(),
  origin: z.string().nullable().optional(),
  value: z.string().nullable().optional(),
});
export type AppRole = z.infer<typeof appRoleSchema>;

/** `GET /servicePrincipals/{id}/appRoleAssignedTo` (§2.2). */
export const appRoleAssignmentSchema = z.looseObject({
  id: z.string().min(1),
  appRoleId: z.string().min(1),
  principalId: z.string().min(1),
  principalType: z.enum(['User', 'Group', 'ServicePrincipal']),
  principalDisplayName: z.string().nullable().optional(),
  resourceId: z.string().min(1),
  resourceDisplayName: z.string().nullable().optional(),
  createdDateTime: z.string().nullable().optional(),
  deletedDateTime: z.string().nullable().optional(),
});
export type AppRoleAssignment = z.infer<typeof appRoleAssignmentSchema>;

/** `GET /servicePrincipals/{id}` (§2.1): an enterprise app. */
export const servicePrincipalSchema = z.looseObject({
  id: z.string().min(1),
  appId: z.string().min(1),
  displayName: z.string().nullable().optional(),
  appDisplayName: z.string().nullable().optional(),
  accountEnabled: z.boolean().nullable().optional(),
  appRoleAssignmentRequired: z.boolean().nullable().optional(),
  applicationTemplateId: z.string().nullable().optional(),
  preferredSingleSignOnMode: z.string().nullable().optional(),
  servicePrincipalType: z.string().nullable().optional(),
  publisherName: z.string().nullable().optional(),
  signInAudience: z.string().nullable().optional(),
  homepage: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
  tags: z.array(z.string()).default([]),
  appRoles: z.array(appRoleSchema).default([]),
});
export type GraphServicePrincipal = z.infer<typeof servicePrincipalSchema>;
