import { z } from 'zod';
import { liberalBoolean, liberalDate, liberalString, listOf } from './liberal';

export const ODATA_TYPE_USER = '#microsoft.graph.user';
export const ODATA_TYPE_GROUP = '#microsoft.graph.group';
export const ODATA_TYPE_SERVICE_PRINCIPAL = '#microsoft.graph.servicePrincipal';
export const ODATA_TYPE_DEVICE = '#microsoft.graph.device';
export const ODATA_TYPE_ORG_CONTACT = '#microsoft.graph.orgContact';

/**
 * A member as `GET /groups?$expand=members` returns it. `@odata.type` says what it is; any
 * `#microsoft.graph.*` type is accepted because groups can also hold devices and contacts.
 */
export const ODATA_TYPE_DIRECTORY_OBJECT = '#microsoft.graph.directoryObject';

/**
 * A member without `@odata.type` (a hidden membership, a proxy that strips annotations) is kept as
 * a plain `#microsoft.graph.directoryObject`: what it is, as far as the reader can tell.
 */
export const directoryObjectRefSchema = z.looseObject({
  '@odata.type': z.preprocess((v) => (v === undefined || v === null || v === '' ? ODATA_TYPE_DIRECTORY_OBJECT : v), z.string().startsWith('#microsoft.graph.')),
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
  description: liberalString(),
  mail: liberalString(),
  mailEnabled: liberalBoolean(),
  mailNickname: liberalString(),
  securityEnabled: liberalBoolean(),
  groupTypes: z.preprocess((v) => (v === null ? undefined : v), z.array(z.string()).optional()),
  membershipRule: liberalString(),
  membershipRuleProcessingState: liberalString(),
  visibility: liberalString(),
  createdDateTime: liberalDate(),
  deletedDateTime: liberalDate(),
  members: listOf(directoryObjectRefSchema),
});
export type GraphGroup = z.infer<typeof groupSchema>;
