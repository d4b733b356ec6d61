import { objectMapping, type RecommendedMapping } from '../recommended-mapping';

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
