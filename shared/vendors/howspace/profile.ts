import { CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, pick, withFilterable } from '../../scim/schema/attributes';
import { groupResource, userResource } from '../../scim/schema/resources';
import type { VendorProfile } from '../../scim/schema/types';

/**
 * Howspace's gallery app (seeds/howspace-entra-provisioning.txt): users carry userName (required, the
 * only filterable one), active, name, a mobile phone and externalId; groups displayName (required,
 * filterable), externalId (filterable) and members.
 */
export const howspaceProfile: VendorProfile = {
  id: 'howspace',
  displayName: 'Howspace',
  description: 'Howspace gallery app, from the Howspace provisioning tutorial: only userName is filterable on users.',
  resources: {
    User: userResource({
      filterable: { externalId: false, meta: false },
      attributes: withFilterable(pick(CORE_USER_ATTRIBUTES, ['userName', 'name', 'active', 'phoneNumbers', 'groups']), new Set(['userName'])),
    }),
    Group: groupResource({ filterable: { externalId: true, meta: false }, attributes: withFilterable(CORE_GROUP_ATTRIBUTES, new Set(['displayName'])) }),
  },
  behaviours: { deleteMarksFormer: false, primaryTeamFromFirstGroup: false, userNameMustBeEmail: false, groupMembersUsersOnly: false, memberReferentialIntegrity: true },
};
