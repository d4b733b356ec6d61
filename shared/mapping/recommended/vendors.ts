import { ACTIVE_SWITCH, ENTERPRISE, objectMapping, type RecommendedMapping } from './build';

/** Howspace tutorial: six user attributes, userName is the (filterable) matching attribute. */
export const HOWSPACE_RECOMMENDED: RecommendedMapping = {
  profileId: 'howspace',
  basis: 'Howspace provisioning tutorial (PRODUCT.md vendor table)',
  objectMappings: [
    objectMapping('Synchronize Microsoft Entra ID Users to Howspace', 'User', [
      { target: 'userName', source: '[userPrincipalName]', matchingPriority: 1 },
      { target: 'active', source: ACTIVE_SWITCH },
      { target: 'name.givenName', source: '[givenName]' },
      { target: 'name.familyName', source: '[surname]' },
      { target: 'phoneNumbers[type eq "mobile"].value', source: '[mobile]' },
      { target: 'externalId', source: '[mailNickname]' },
    ]),
    objectMapping('Synchronize Microsoft Entra ID Groups to Howspace', 'Group', [
      { target: 'displayName', source: '[displayName]', matchingPriority: 1 },
      { target: 'externalId', source: '[objectId]' },
      { target: 'members', source: '[members]' },
    ]),
  ],
};

/** OfficeRnD Workplace guide: objectId → externalId for matching, Not([IsSoftDeleted]) → active, members reference users only. */
export const OFFICERND_RECOMMENDED: RecommendedMapping = {
  profileId: 'officernd',
  basis: 'OfficeRnD Workplace provisioning guide (PRODUCT.md vendor table)',
  objectMappings: [
    objectMapping('Provision Microsoft Entra ID Users', 'User', [
      { target: 'externalId', source: '[objectId]', matchingPriority: 1 },
      { target: 'userName', source: '[userPrincipalName]' },
      { target: 'active', source: 'Not([IsSoftDeleted])' },
      { target: 'displayName', source: '[displayName]' },
    ]),
    objectMapping('Provision Microsoft Entra ID Groups', 'Group', [
      { target: 'externalId', source: '[objectId]', matchingPriority: 1 },
      { target: 'displayName', source: '[displayName]' },
      { target: 'members', source: '[members]' },
    ]),
  ],
};

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
