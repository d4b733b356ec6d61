import { z } from 'zod';
import { booleanOr, enumMember, liberalBoolean, liberalDate, liberalString, listOf } from './liberal';

/** An assignment with this `appRoleId` was made without a specific role: Entra's "Default Access". */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

/** Tag carried by gallery and non-gallery enterprise-app instances. */
export const INTEGRATED_APP_TAG = 'WindowsAzureActiveDirectoryIntegratedApp';

export const appRoleSchema = z.looseObject({
  id: z.string().min(1),
  allowedMemberTypes: listOf(z.string()),
  description: liberalString(),
  displayName: liberalString(),
  isEnabled: booleanOr(true),
  origin: liberalString(),
  value: liberalString(),
});
export type AppRole = z.infer<typeof appRoleSchema>;

export const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal'] as const;

/** `GET /servicePrincipals/{id}/appRoleAssignedTo` (§2.2). */
export const appRoleAssignmentSchema = z.looseObject({
  id: z.string().min(1),
  appRoleId: z.string().min(1),
  principalId: z.string().min(1),
  /** Read in any case; an unknown type stays unreadable (the reader reports the assignment, not the app). */
  principalType: z.preprocess((v) => enumMember(PRINCIPAL_TYPES, v) ?? v, z.enum(PRINCIPAL_TYPES)),
  principalDisplayName: liberalString(),
  resourceId: z.string().min(1),
  resourceDisplayName: liberalString(),
  createdDateTime: liberalDate(),
  deletedDateTime: liberalDate(),
});
export type AppRoleAssignment = z.infer<typeof appRoleAssignmentSchema>;

/** `GET /servicePrincipals/{id}` (§2.1): an enterprise app. */
export const servicePrincipalSchema = z.looseObject({
  id: z.string().min(1),
  appId: z.string().min(1),
  displayName: liberalString(),
  appDisplayName: liberalString(),
  accountEnabled: liberalBoolean(),
  appRoleAssignmentRequired: liberalBoolean(),
  applicationTemplateId: liberalString(),
  preferredSingleSignOnMode: liberalString(),
  servicePrincipalType: liberalString(),
  /** The tenant that owns the app: Microsoft's first-party apps carry Microsoft's own tenant ids. */
  appOwnerOrganizationId: liberalString(),
  publisherName: liberalString(),
  signInAudience: liberalString(),
  homepage: liberalString(),
  notes: liberalString(),
  tags: listOf(z.string()),
  appRoles: listOf(appRoleSchema),
});
export type GraphServicePrincipal = z.infer<typeof servicePrincipalSchema>;
