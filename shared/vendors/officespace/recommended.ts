import { ACTIVE_SWITCH, ENTERPRISE, objectMapping, type RecommendedMapping } from '../recommended-mapping';

/** OfficeSpace Software guide: the default non-gallery user mapping, matching on userName. */
export const OFFICESPACE_RECOMMENDED: RecommendedMapping = {
  profileId: 'officespace',
  basis: 'OfficeSpace Software provisioning guide (PRODUCT.md vendor table)',
  objectMappings: [
    objectMapping('Provision Microsoft Entra ID Users', 'User', [
      { target: 'userName', source: '[userPrincipalName]', matchingPriority: 1 },
      { target: 'active', source: ACTIVE_SWITCH },
      { target: 'displayName', source: '[displayName]' },
      { target: 'title', source: '[jobTitle]' },
      { target: 'emails[type eq "work"].value', source: '[mail]' },
      { target: 'name.givenName', source: '[givenName]' },
      { target: 'name.familyName', source: '[surname]' },
      { target: 'externalId', source: '[mailNickname]' },
      { target: `${ENTERPRISE}department`, source: '[department]' },
    ]),
    objectMapping('Provision Microsoft Entra ID Groups', 'Group', [
      { target: 'displayName', source: '[displayName]', matchingPriority: 1 },
      { target: 'externalId', source: '[objectId]' },
      { target: 'members', source: '[members]' },
    ]),
  ],
};
