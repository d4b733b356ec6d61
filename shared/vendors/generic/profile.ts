import { ENTERPRISE_USER_SCHEMA } from '../../scim/schemas';
import { CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, ENTERPRISE_USER_ATTRIBUTES } from '../../scim/schema/attributes';
import { groupResource, userResource } from '../../scim/schema/resources';
import type { VendorProfile } from '../../scim/schema/types';

/** Entra's non-gallery SCIM app (customappsso): the full RFC 7643 schemas, everything filterable. */
export const genericProfile: VendorProfile = {
  id: 'generic',
  displayName: 'Generic SCIM',
  description: "Entra's default non-gallery (customappsso) target: RFC 7643 User, Group and the enterprise extension.",
  resources: {
    User: userResource({
      filterable: { externalId: true, meta: true },
      attributes: CORE_USER_ATTRIBUTES,
      extensions: [{ schema: { id: ENTERPRISE_USER_SCHEMA, name: 'EnterpriseUser', description: 'Enterprise User', attributes: ENTERPRISE_USER_ATTRIBUTES }, required: false }],
    }),
    Group: groupResource({ filterable: { externalId: true, meta: true }, attributes: CORE_GROUP_ATTRIBUTES }),
  },
  behaviours: { deleteMarksFormer: false, primaryTeamFromFirstGroup: false, userNameMustBeEmail: false, groupMembersUsersOnly: false, memberReferentialIntegrity: false },
};
