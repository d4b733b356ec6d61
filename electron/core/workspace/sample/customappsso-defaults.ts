import type { AttributeMapping } from '../../../../shared/graph/synchronization';
import { ENTERPRISE } from './directory-scim';
import { activeFromSoftDeleteSwitch, direct, joinNames, mapping } from './expressions';

/** Entra's default user mappings for a non-gallery SCIM app (customappsso), before any edits. */
export function defaultCustomAppSsoUserMappings(): AttributeMapping[] {
  return [
    direct('userName', 'userPrincipalName', { matchingPriority: 1 }),
    mapping('active', activeFromSoftDeleteSwitch()),
    direct('displayName', 'displayName'),
    direct('title', 'jobTitle'),
    direct('emails[type eq "work"].value', 'mail'),
    direct('preferredLanguage', 'preferredLanguage'),
    direct('name.givenName', 'givenName'),
    direct('name.familyName', 'surname'),
    mapping('name.formatted', joinNames()),
    direct('addresses[type eq "work"].formatted', 'physicalDeliveryOfficeName'),
    direct('addresses[type eq "work"].streetAddress', 'streetAddress'),
    direct('addresses[type eq "work"].locality', 'city'),
    direct('addresses[type eq "work"].region', 'state'),
    direct('addresses[type eq "work"].postalCode', 'postalCode'),
    direct('addresses[type eq "work"].country', 'country'),
    direct('phoneNumbers[type eq "work"].value', 'telephoneNumber'),
    direct('phoneNumbers[type eq "mobile"].value', 'mobile'),
    direct('phoneNumbers[type eq "fax"].value', 'facsimileTelephoneNumber'),
    direct('externalId', 'mailNickname'),
    direct(`${ENTERPRISE}employeeNumber`, 'employeeId'),
    direct(`${ENTERPRISE}department`, 'department'),
    direct(`${ENTERPRISE}manager`, 'manager'),
  ];
}

/** Entra's default group mappings for a non-gallery SCIM app. */
export function defaultCustomAppSsoGroupMappings(): AttributeMapping[] {
  return [
    direct('displayName', 'displayName', { matchingPriority: 1 }),
    direct('externalId', 'objectId'),
    direct('members', 'members'),
  ];
}
