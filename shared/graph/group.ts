import { z } from 'zod';

export const ODATA_TYPE_USER = '#microsoft.graph.user';
export const ODATA_TYPE_GROUP = '#microsoft.graph.group';
export const ODATA_TYPE_SERVICE_PRINCIPAL = '#microsoft.graph.servicePrincipal';
export const ODATA_TYPE_DEVICE = '#microsoft.graph.device';
export const ODATA_TYPE_ORG_CONTACT = '#microsoft.graph.orgContact';

/**
 * A member as `GET /groups?$expand=members` returns it. `@odata.type` says what it is; any
 * `#microsoft.graph.*` type is accepted because groups can also hold devices and contacts.
 */
export const directoryObjectRefSchema = z.looseObject({
  '@odata.type': z.string().startsWith('#microsoft.graph.'),
  id: z.string().min(1),
  displayName: z.string().nullable().optional(),
  userPrincipalName: z.string().nullable().optional(),
});
export type DirectoryObjectRef = z.infer<typeof directoryObjectRefSchema>;

/**
 * `GET /groups?$expand=members`. `members` holds DIRECT members only, exactly as Graph returns them:
 * a nested group appears as one `#microsoft.graph.group` entry, and its own members are not
 * flattened in (Entra provisioning does not read nested groups either). Missing `members` reads as [].
 */
export const groupSchema = z.looseObject({
  id: z.string().min(1),
  displayName: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  mail: z.string().nullable().optional(),
  mailEnabled: z.boolean().nullable().optional(),
  mailNickname: z.string().nullable().optional(),
  securityEnabled: z.boolean().nullable().optional(),
  groupTypes: z.array(z.string()).optional(),
  membershipRule: z.string().nullable().optional(),
  membershipRuleProcessingState: z.string().nullable().optional(),
  visibility: z.string().nullable().optional(),
  createdDateTime: z.string().nullable().optional(),
  deletedDateTime: z.string().nullable().optional(),
  members: z.array(directoryObjectRefSchema).default([]),
});
export type GraphGroup = z.infer<typeof groupSchema>;
