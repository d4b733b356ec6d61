import { GROUP_SCHEMA, USER_SCHEMA } from '../schemas';
import { commonAttributes, CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, pick, withFilterable } from './attributes';
import type { VendorProfile } from './types';

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
    User: {
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      common: commonAttributes({ externalIdFilterable: false, metaFilterable: false }),
      schema: {
        id: USER_SCHEMA,
        name: 'User',
        description: 'User Account',
        attributes: withFilterable(pick(CORE_USER_ATTRIBUTES, ['userName', 'name', 'active', 'phoneNumbers', 'groups']), new Set(['userName'])),
      },
      extensions: [],
    },
    Group: {
      name: 'Group',
      endpoint: '/Groups',
      description: 'Group',
      common: commonAttributes({ externalIdFilterable: true, metaFilterable: false }),
      schema: { id: GROUP_SCHEMA, name: 'Group', description: 'Group', attributes: withFilterable(CORE_GROUP_ATTRIBUTES, new Set(['displayName'])) },
      extensions: [],
    },
  },
  behaviours: { deleteMarksFormer: false, primaryTeamFromFirstGroup: false, userNameMustBeEmail: false, groupMembersUsersOnly: false },
};
