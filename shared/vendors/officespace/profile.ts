import { ENTERPRISE_USER_SCHEMA } from '../../scim/schemas';
import { CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, ENTERPRISE_USER_ATTRIBUTES, pick, withFilterable } from '../../scim/schema/attributes';
import { groupResource, userResource } from '../../scim/schema/resources';
import type { VendorProfile } from '../../scim/schema/types';

/**
 * OfficeSpace Software's gallery app (seeds/officespace-software-entra-provisioning.md): users and/or
 * groups with the customappsso attribute set; matching on userName or externalId, groups on displayName.
 */
export const officespaceProfile: VendorProfile = {
  id: 'officespace',
  displayName: 'OfficeSpace Software',
  description: 'OfficeSpace Software gallery app, from its provisioning tutorial: users matched on userName or externalId.',
  resources: {
    User: userResource({
      filterable: { externalId: true, meta: false },
      attributes: withFilterable(
        pick(CORE_USER_ATTRIBUTES, ['userName', 'name', 'displayName', 'title', 'preferredLanguage', 'active', 'emails', 'phoneNumbers', 'addresses', 'groups']),
        new Set(['userName', 'emails']),
      ),
      extensions: [
        {
          required: false,
          schema: {
            id: ENTERPRISE_USER_SCHEMA,
            name: 'EnterpriseUser',
            description: 'Enterprise User',
            attributes: withFilterable(pick(ENTERPRISE_USER_ATTRIBUTES, ['employeeNumber', 'department', 'manager']), new Set()),
          },
        },
      ],
    }),
    Group: groupResource({ filterable: { externalId: true, meta: false }, attributes: withFilterable(CORE_GROUP_ATTRIBUTES, new Set(['displayName', 'members'])) }),
  },
  behaviours: { deleteMarksFormer: false, primaryTeamFromFirstGroup: false, userNameMustBeEmail: false, groupMembersUsersOnly: false, memberReferentialIntegrity: true },
};
