import { describe, expect, it } from 'vitest';
import { filterablePaths } from '../../../../shared/scim/attribute-paths';
import { profileById, VENDOR_PROFILES } from '../../../../shared/vendors';
import type { AttributeDefinition } from '../../../../shared/scim/schema/types';

function all(list: readonly AttributeDefinition[]): AttributeDefinition[] {
  return list.flatMap((a) => [a, ...(a.subAttributes ?? [])]);
}

describe('vendor profiles', () => {
  it('has the four profiles with unique ids, looked up case-insensitively', () => {
    expect(VENDOR_PROFILES.map((p) => p.id)).toEqual(['generic', 'howspace', 'officernd', 'officespace']);
    expect(profileById('OfficeRnD')?.displayName).toBe('OfficeRnD Workplace');
    expect(profileById('nope')).toBeUndefined();
  });

  it('declares every characteristic on every attribute, and userName/displayName as required and case-insensitive', () => {
    for (const profile of VENDOR_PROFILES) {
      for (const type of ['User', 'Group'] as const) {
        const resource = profile.resources[type];
        for (const a of all([...resource.common, ...resource.schema.attributes, ...resource.extensions.flatMap((e) => e.schema.attributes)])) {
          expect(typeof a.filterable, `${profile.id} ${a.name}`).toBe('boolean');
          expect(typeof a.caseExact).toBe('boolean');
        }
        const key = resource.schema.attributes.find((a) => a.name === (type === 'User' ? 'userName' : 'displayName'));
        expect(key).toMatchObject({ required: true, caseExact: false, uniqueness: 'server' });
        expect(filterablePaths(resource)).toContain('id');
      }
    }
  });

  it('reflects the guides: Howspace filters users on userName only, OfficeRnD behaviours and group description', () => {
    expect(filterablePaths(profileById('howspace')!.resources.User)).toEqual(['id', 'userName']);
    expect(filterablePaths(profileById('howspace')!.resources.Group)).toEqual(['id', 'externalId', 'displayName']);
    const officernd = profileById('officernd')!;
    expect(officernd.behaviours).toEqual({ deleteMarksFormer: true, primaryTeamFromFirstGroup: true, userNameMustBeEmail: true, groupMembersUsersOnly: true, memberReferentialIntegrity: true });
    expect(officernd.resources.Group.schema.attributes.map((a) => a.name)).toContain('description');
    expect(profileById('generic')!.resources.User.extensions[0]?.schema.id).toBe('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User');
  });
});
