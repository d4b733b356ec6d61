import { attr, CORE_GROUP_ATTRIBUTES, multi, str } from '../../../../shared/scim/schema/attributes';
import { groupResource, userResource } from '../../../../shared/scim/schema/resources';
import type { VendorProfile } from '../../../../shared/scim/schema/types';
import { ScimError } from '../../../../shared/scim/scim-error';

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** A small User resource type: enough attributes of every kind to resolve, coerce, filter and project. */
export const USERS = userResource({
  filterable: { externalId: true, meta: false },
  attributes: [
    str('userName', { required: true, uniqueness: 'server' }),
    attr('name', 'complex', { subAttributes: [str('givenName'), str('familyName')] }),
    str('displayName', { filterable: false }),
    attr('active', 'boolean'),
    attr('loginCount', 'integer'),
    multi('emails', ['work', 'home']),
    str('password', { returned: 'never', mutability: 'writeOnly', filterable: false }),
    str('createdBy', { mutability: 'readOnly' }),
  ],
  extensions: [
    {
      schema: {
        id: ENTERPRISE,
        name: 'EnterpriseUser',
        description: 'Enterprise User',
        attributes: [str('department'), attr('manager', 'complex', { subAttributes: [str('value'), str('displayName', { mutability: 'readOnly' })] })],
      },
      required: false,
    },
  ],
});

export const GROUPS = groupResource({ filterable: { externalId: true, meta: false }, attributes: CORE_GROUP_ATTRIBUTES }, 'Team');

export const PROFILE: VendorProfile = {
  id: 'test',
  displayName: 'Test Vendor',
  description: 'A profile for unit tests.',
  resources: { User: USERS, Group: GROUPS },
  behaviours: { deleteMarksFormer: false, primaryTeamFromFirstGroup: false, userNameMustBeEmail: false, groupMembersUsersOnly: false, memberReferentialIntegrity: false },
};

/** Runs `fn` and returns the SCIM error it throws, as plain fields. */
export function scimErrorOf(fn: () => unknown): { status: number; scimType: string | undefined; detail: string } {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    return { status: error.status, scimType: error.scimType, detail: error.detail };
  }
  throw new Error('expected a SCIM error');
}
