import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from '../schemas';
import { commonAttributes, CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, ENTERPRISE_USER_ATTRIBUTES } from './attributes';
import type { VendorProfile } from './types';

/** Entra's non-gallery SCIM app (customappsso): the full RFC 7643 schemas, everything filterable. */
export const genericProfile: VendorProfile = {
  id: 'generic',
  displayName: 'Generic SCIM',
  description: "Entra's default non-gallery (customappsso) target: RFC 7643 User, Group and the enterprise extension.",
  resources: {
    User: {
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      common: commonAttributes({ externalIdFilterable: true, metaFilterable: true }),
      schema: { id: USER_SCHEMA, name: 'User', description: 'User Account', attributes: CORE_USER_ATTRIBUTES },
      extensions: [{ schema: { id: ENTERPRISE_USER_SCHEMA, name: 'EnterpriseUser', description: 'Enterprise User', attributes: ENTERPRISE_USER_ATTRIBUTES }, required: false }],
    },
    Group: {
      name: 'Group',
      endpoint: '/Groups',
      description: 'Group',
      common: commonAttributes({ externalIdFilterable: true, metaFilterable: true }),
      schema: { id: GROUP_SCHEMA, name: 'Group', description: 'Group', attributes: CORE_GROUP_ATTRIBUTES },
      extensions: [],
    },
  },
  behaviours: { deleteMarksFormer: false, primaryTeamFromFirstGroup: false, userNameMustBeEmail: false, groupMembersUsersOnly: false },
};
