import type { GraphGroup } from '../graph/group';
import type { GraphUser } from '../graph/user';

/** The attribute values an expression sees for one source object (booleans as "True"/"False"). */
export type SourceObject = Record<string, unknown>;

export interface AppRoleAssignmentValue {
  id: string;
  value: string | null;
  displayName: string | null;
}

const bool = (value: boolean): string => (value ? 'True' : 'False');

/**
 * The Entra provisioning view of a user: `[mobile]` is `mobilePhone`, `[objectId]` is `id`,
 * `[physicalDeliveryOfficeName]` is `officeLocation`; `IsSoftDeleted` is computed by the caller
 * (unassigned, out of scope, deleted or disabled) and `appRoleAssignments` are this app's roles.
 */
export function userSourceObject(user: GraphUser, options: { isSoftDeleted?: boolean; appRoleAssignments?: AppRoleAssignmentValue[] } = {}): SourceObject {
  // Null values are left out as the object is built (never added, then deleted): deleting keys turns
  // the object into a slow dictionary, and a 100,000-user population builds one per user.
  const values: SourceObject = {
    objectId: user.id,
    accountEnabled: bool(user.accountEnabled !== false),
    IsSoftDeleted: bool(options.isSoftDeleted ?? user.accountEnabled === false),
    userPrincipalName: b2bSentValue(user.userPrincipalName) ?? user.userPrincipalName,
    originalUserPrincipalName: user.userPrincipalName,
  };
  put(values, 'mail', user.mail);
  put(values, 'mailNickname', user.mailNickname);
  put(values, 'displayName', user.displayName);
  put(values, 'givenName', user.givenName);
  put(values, 'surname', user.surname);
  put(values, 'jobTitle', user.jobTitle);
  put(values, 'department', user.department);
  put(values, 'companyName', user.companyName);
  put(values, 'employeeId', user.employeeId);
  put(values, 'city', user.city);
  put(values, 'state', user.state);
  put(values, 'country', user.country);
  put(values, 'postalCode', user.postalCode);
  put(values, 'streetAddress', user.streetAddress);
  put(values, 'physicalDeliveryOfficeName', user.officeLocation);
  put(values, 'telephoneNumber', user.businessPhones?.[0]);
  put(values, 'mobile', user.mobilePhone);
  put(values, 'preferredLanguage', user.preferredLanguage);
  put(values, 'usageLocation', user.usageLocation);
  put(values, 'manager', user.manager?.id);
  values.proxyAddresses = user.proxyAddresses ?? [];
  values.otherMails = user.otherMails ?? [];
  values.appRoleAssignments = options.appRoleAssignments ?? [];
  const extensions = user.onPremisesExtensionAttributes;
  if (extensions) for (const key in extensions) putOrDrop(values, key, extensions[key as keyof typeof extensions]);
  for (const key in user) if (key.startsWith('extension_')) putOrDrop(values, key, (user as Record<string, unknown>)[key]);
  return values;
}

/**
 * The value a B2B guest's userPrincipalName becomes when Entra reads it as a source attribute:
 * `#EXT#` and the tenant domain dropped (scim-entra §4.12 item 42), so
 * `ann_fabrikam.com#EXT#@contoso.onmicrosoft.com` is sent as `ann_fabrikam.com`. Null for members.
 */
export function b2bSentValue(userPrincipalName: string): string | null {
  const at = userPrincipalName.toUpperCase().indexOf('#EXT#');
  return at === -1 ? null : userPrincipalName.slice(0, at);
}

function put(values: SourceObject, key: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined) values[key] = value;
}

/** An extension attribute's string value; anything else removes a value of the same name. */
function putOrDrop(values: SourceObject, key: string, value: unknown): void {
  if (typeof value === 'string') values[key] = value;
  else if (key in values) delete values[key];
}

export function groupSourceObject(group: GraphGroup): SourceObject {
  const values: SourceObject = {
    objectId: group.id,
    displayName: group.displayName ?? null,
    description: group.description ?? null,
    mail: group.mail ?? null,
    mailNickname: group.mailNickname ?? null,
    mailEnabled: bool(group.mailEnabled === true),
    securityEnabled: bool(group.securityEnabled === true),
    IsSoftDeleted: 'False',
    members: group.members.map((member) => member.id),
  };
  for (const key of Object.keys(values)) if (values[key] === null) delete values[key];
  return values;
}
