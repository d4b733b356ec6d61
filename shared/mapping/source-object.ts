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
  const values: SourceObject = {
    objectId: user.id,
    accountEnabled: bool(user.accountEnabled !== false),
    IsSoftDeleted: bool(options.isSoftDeleted ?? user.accountEnabled === false),
    userPrincipalName: user.userPrincipalName.replace('#EXT#', ''),
    originalUserPrincipalName: user.userPrincipalName,
    mail: user.mail ?? null,
    mailNickname: user.mailNickname ?? null,
    displayName: user.displayName ?? null,
    givenName: user.givenName ?? null,
    surname: user.surname ?? null,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
    companyName: user.companyName ?? null,
    employeeId: user.employeeId ?? null,
    city: user.city ?? null,
    state: user.state ?? null,
    country: user.country ?? null,
    postalCode: user.postalCode ?? null,
    streetAddress: user.streetAddress ?? null,
    physicalDeliveryOfficeName: user.officeLocation ?? null,
    telephoneNumber: user.businessPhones?.[0] ?? null,
    mobile: user.mobilePhone ?? null,
    preferredLanguage: user.preferredLanguage ?? null,
    usageLocation: user.usageLocation ?? null,
    manager: user.manager?.id ?? null,
    proxyAddresses: user.proxyAddresses ?? [],
    otherMails: user.otherMails ?? [],
    appRoleAssignments: options.appRoleAssignments ?? [],
  };
  for (const [key, value] of Object.entries(user.onPremisesExtensionAttributes ?? {})) values[key] = typeof value === 'string' ? value : null;
  for (const [key, value] of Object.entries(user)) if (key.startsWith('extension_') && typeof value === 'string') values[key] = value;
  for (const key of Object.keys(values)) if (values[key] === null || values[key] === undefined) delete values[key];
  return values;
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
