import { z } from 'zod';
import { liberalBoolean, liberalDate, liberalString } from './liberal';

const optionalString = liberalString();
const optionalDate = liberalDate();
const stringList = z.preprocess((v) => (v === null ? undefined : v), z.array(z.preprocess((s) => (typeof s === 'number' ? String(s) : s), z.string())).optional());

/** `onPremisesExtensionAttributes`: extensionAttribute1..15, each a string or null. */
export const onPremisesExtensionAttributesSchema = z.looseObject({
  extensionAttribute1: optionalString,
  extensionAttribute2: optionalString,
  extensionAttribute3: optionalString,
  extensionAttribute4: optionalString,
  extensionAttribute5: optionalString,
  extensionAttribute6: optionalString,
  extensionAttribute7: optionalString,
  extensionAttribute8: optionalString,
  extensionAttribute9: optionalString,
  extensionAttribute10: optionalString,
  extensionAttribute11: optionalString,
  extensionAttribute12: optionalString,
  extensionAttribute13: optionalString,
  extensionAttribute14: optionalString,
  extensionAttribute15: optionalString,
});
export type OnPremisesExtensionAttributes = z.infer<typeof onPremisesExtensionAttributesSchema>;

/** The manager as `$expand=manager` returns it (a directoryObject; usually a user). */
export const userManagerSchema = z.looseObject({
  id: z.string().min(1),
  displayName: optionalString,
});
export type UserManager = z.infer<typeof userManagerSchema>;

/** Directory extension properties appear as top-level keys of this shape (kept by looseness). */
export const DIRECTORY_EXTENSION_PATTERN = /^extension_[0-9a-f]{32}_[A-Za-z0-9_]+$/;

/**
 * `GET /users` (or `/directory/deletedItems/microsoft.graph.user`: then `deletedDateTime` is set).
 * Only `id` and `userPrincipalName` are required; every other property is optional or nullable
 * because `$select` and Graph's own defaults decide what comes back.
 */
export const userSchema = z.looseObject({
  id: z.string().min(1),
  userPrincipalName: z.string().min(1),
  displayName: optionalString,
  givenName: optionalString,
  surname: optionalString,
  mail: optionalString,
  mailNickname: optionalString,
  accountEnabled: liberalBoolean(),
  userType: optionalString,
  department: optionalString,
  jobTitle: optionalString,
  companyName: optionalString,
  employeeId: optionalString,
  officeLocation: optionalString,
  streetAddress: optionalString,
  postalCode: optionalString,
  city: optionalString,
  state: optionalString,
  country: optionalString,
  usageLocation: optionalString,
  preferredLanguage: optionalString,
  mobilePhone: optionalString,
  faxNumber: optionalString,
  businessPhones: stringList,
  otherMails: stringList,
  proxyAddresses: stringList,
  onPremisesExtensionAttributes: onPremisesExtensionAttributesSchema.nullable().optional(),
  onPremisesSyncEnabled: liberalBoolean(),
  createdDateTime: optionalDate,
  /** Set when the user is soft-deleted (in the recycle bin for 30 days). */
  deletedDateTime: optionalDate,
  manager: userManagerSchema.nullable().optional(),
});
export type GraphUser = z.infer<typeof userSchema>;
