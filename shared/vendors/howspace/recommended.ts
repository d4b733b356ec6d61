import { ACTIVE_SWITCH, objectMapping, type RecommendedMapping } from '../recommended-mapping';

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
