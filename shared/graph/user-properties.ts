/**
 * The properties of a Microsoft Graph v1.0 `user` that `$select` can ask for (GDC
 * `resources/user.md`). A name outside this list (and outside the tenant's registered directory
 * extensions) makes Graph answer 400 `Request_UnsupportedQuery` for the whole request.
 */
export const GRAPH_USER_PROPERTIES: readonly string[] = [
  'aboutMe', 'accountEnabled', 'ageGroup', 'assignedLicenses', 'assignedPlans', 'authorizationInfo', 'birthday', 'businessPhones',
  'city', 'companyName', 'consentProvidedForMinor', 'country', 'createdDateTime', 'creationType', 'customSecurityAttributes',
  'deletedDateTime', 'department', 'displayName', 'employeeHireDate', 'employeeId', 'employeeLeaveDateTime', 'employeeOrgData',
  'employeeType', 'externalUserState', 'externalUserStateChangeDateTime', 'faxNumber', 'givenName', 'hireDate', 'id', 'identities',
  'imAddresses', 'interests', 'isManagementRestricted', 'isResourceAccount', 'jobTitle', 'lastPasswordChangeDateTime', 'legalAgeGroupClassification',
  'licenseAssignmentStates', 'mail', 'mailboxSettings', 'mailNickname', 'mobilePhone', 'mySite', 'officeLocation',
  'onPremisesDistinguishedName', 'onPremisesDomainName', 'onPremisesExtensionAttributes', 'onPremisesImmutableId',
  'onPremisesLastSyncDateTime', 'onPremisesProvisioningErrors', 'onPremisesSamAccountName', 'onPremisesSecurityIdentifier',
  'onPremisesSyncEnabled', 'onPremisesUserPrincipalName', 'otherMails', 'passwordPolicies', 'passwordProfile', 'pastProjects',
  'postalCode', 'preferredDataLocation', 'preferredLanguage', 'preferredName', 'provisionedPlans', 'proxyAddresses', 'responsibilities',
  'schools', 'securityIdentifier', 'serviceProvisioningErrors', 'showInAddressList', 'signInActivity', 'signInSessionsValidFromDateTime',
  'skills', 'state', 'streetAddress', 'surname', 'usageLocation', 'userPrincipalName', 'userType',
];

const BY_LOWER = new Map(GRAPH_USER_PROPERTIES.map((name) => [name.toLowerCase(), name]));

/** Graph's spelling of a user property (Graph matches property names case-insensitively), or undefined. */
export function graphUserProperty(name: string): string | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

/** `extension_{appIdWithoutDashes}_{name}`: a directory extension property. */
export const DIRECTORY_EXTENSION_NAME = /^extension_[0-9a-f]{32}_[A-Za-z0-9_]+$/i;

/** Key on a job read from Graph listing the source attributes Graph could not return: `[{name, reason}]`. */
export const UNREADABLE_SOURCE_ATTRIBUTES_KEY = 'graphUnreadableSourceAttributes';

/** The recorded list of a job (absent or malformed reads as none). */
export function unreadableSourceAttributes(job: Readonly<Record<string, unknown>> | undefined): Map<string, string> {
  const list = job?.[UNREADABLE_SOURCE_ATTRIBUTES_KEY];
  const out = new Map<string, string>();
  if (Array.isArray(list)) for (const entry of list) if (entry && typeof entry.name === 'string') out.set(entry.name, typeof entry.reason === 'string' ? entry.reason : 'Microsoft Graph cannot return it');
  return out;
}
