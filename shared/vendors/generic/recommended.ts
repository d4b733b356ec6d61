import { ACTIVE_SWITCH, ENTERPRISE as E, objectMapping, type RecommendedMapping } from '../recommended-mapping';

/** Entra's out-of-the-box non-gallery (customappsso) mapping, spec §8.4 ("observed default"). */
export const GENERIC_RECOMMENDED: RecommendedMapping = {
  profileId: 'generic',
  basis: "Entra's default mapping for a non-gallery SCIM app (customappsso)",
  objectMappings: [
    objectMapping('Provision Microsoft Entra ID Users', 'User', [
      { target: 'userName', source: '[userPrincipalName]', matchingPriority: 1 },
      { target: 'active', source: ACTIVE_SWITCH },
      { target: 'displayName', source: '[displayName]' },
      { target: 'title', source: '[jobTitle]' },
      { target: 'emails[type eq "work"].value', source: '[mail]' },
      { target: 'preferredLanguage', source: '[preferredLanguage]' },
      { target: 'name.givenName', source: '[givenName]' },
      { target: 'name.familyName', source: '[surname]' },
      { target: 'name.formatted', source: 'Join(" ", [givenName], [surname])' },
      { target: 'addresses[type eq "work"].formatted', source: '[physicalDeliveryOfficeName]' },
      { target: 'addresses[type eq "work"].streetAddress', source: '[streetAddress]' },
      { target: 'addresses[type eq "work"].locality', source: '[city]' },
      { target: 'addresses[type eq "work"].region', source: '[state]' },
      { target: 'addresses[type eq "work"].postalCode', source: '[postalCode]' },
      { target: 'addresses[type eq "work"].country', source: '[country]' },
      { target: 'phoneNumbers[type eq "work"].value', source: '[telephoneNumber]' },
      { target: 'phoneNumbers[type eq "mobile"].value', source: '[mobile]' },
      { target: 'phoneNumbers[type eq "fax"].value', source: '[facsimileTelephoneNumber]' },
      { target: 'externalId', source: '[mailNickname]' },
      { target: `${E}employeeNumber`, source: '[employeeId]' },
      { target: `${E}department`, source: '[department]' },
      { target: `${E}manager`, source: '[manager]' },
    ]),
    objectMapping('Provision Microsoft Entra ID Groups', 'Group', [
      { target: 'displayName', source: '[displayName]', matchingPriority: 1 },
      { target: 'externalId', source: '[objectId]' },
      { target: 'members', source: '[members]' },
    ]),
  ],
};
