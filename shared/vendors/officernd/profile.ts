import { attr, CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, pick, str, withFilterable } from '../../scim/schema/attributes';
import { groupResource, userResource } from '../../scim/schema/resources';
import type { AttributeDefinition, VendorProfile } from '../../scim/schema/types';

/** Where the endpoint exposes OfficeRnD's person state (Former) and teams derived from group order. */
export const OFFICERND_USER_SCHEMA = 'urn:pwb:params:scim:schemas:extension:officernd:2.0:User';

const team = (name: string, multiValued: boolean): AttributeDefinition =>
  attr(name, 'complex', {
    multiValued,
    mutability: 'readOnly',
    subAttributes: [str('value', { mutability: 'readOnly', caseExact: true }), str('display', { mutability: 'readOnly' })],
  });

/**
 * OfficeRnD Workplace (seeds/officernd-workplace-entra-scim.txt), set up as a non-gallery app: userName
 * must be a unique email, externalId (objectId) is the matching attribute, DELETE marks the person
 * Former instead of deleting, the first synced group is the primary team and later ones additional
 * teams, groups hold users only and carry a custom `description`.
 */
export const officerndProfile: VendorProfile = {
  id: 'officernd',
  displayName: 'OfficeRnD Workplace',
  description: 'OfficeRnD Workplace (non-gallery app), from its Entra SCIM guide: delete marks Former, groups become teams.',
  resources: {
    User: userResource({
      filterable: { externalId: true, meta: false },
      attributes: withFilterable(pick(CORE_USER_ATTRIBUTES, ['userName', 'displayName', 'active', 'groups']), new Set(['userName', 'displayName', 'active'])),
      extensions: [
        {
          required: false,
          schema: {
            id: OFFICERND_USER_SCHEMA,
            name: 'OfficeRnDMember',
            description: 'OfficeRnD member state and teams, maintained by the endpoint',
            attributes: [
              str('status', { mutability: 'readOnly', canonicalValues: ['Active', 'Former'], filterable: false }),
              { ...team('primaryTeam', false), filterable: false },
              { ...team('additionalTeams', true), filterable: false },
            ],
          },
        },
      ],
    }),
    Group: groupResource(
      {
        filterable: { externalId: true, meta: false },
        attributes: [
          ...withFilterable(CORE_GROUP_ATTRIBUTES, new Set(['displayName', 'members'])).map((a) =>
            a.name === 'members' ? { ...a, subAttributes: a.subAttributes?.map((s) => (s.name === '$ref' ? { ...s, referenceTypes: ['User'] } : s)) ?? [] } : a,
          ),
          str('description', { filterable: false }),
        ],
      },
      'Team',
    ),
  },
  behaviours: { deleteMarksFormer: true, primaryTeamFromFirstGroup: true, userNameMustBeEmail: true, groupMembersUsersOnly: true, memberReferentialIntegrity: true },
};
