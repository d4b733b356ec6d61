import type { ResourceProfile, ResourceTypeName, VendorProfile } from '../../../shared/scim/schema/types';
import { OFFICERND_USER_SCHEMA } from '../../../shared/vendors/officernd/profile';
import type { ScimStore } from '../db/scim/scim-store';
import type { ResourceRow } from '../db/scim/repositories/resources';

export type Json = Record<string, unknown>;

export const etagOf = (version: number) => `W/"${version}"`;

/** Builds the SCIM representation of a stored row: schemas, id, externalId, attributes, groups/members, meta. */
export function resourceView(
  store: ScimStore,
  profile: VendorProfile,
  type: ResourceTypeName,
  row: ResourceRow,
  baseUrl: string,
  options: { members: boolean },
): Json {
  const resource: ResourceProfile = profile.resources[type];
  const doc = JSON.parse(row.json) as Json;
  const schemas = [resource.schema.id];
  const out: Json = { schemas, id: row.id };
  if (typeof doc.externalId === 'string') out.externalId = doc.externalId;
  const extensions: Json = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'externalId') continue;
    if (resource.extensions.some((e) => e.schema.id === key)) extensions[key] = value;
    else out[key] = value;
  }
  if (type === 'User') {
    const groups = resource.schema.attributes.some((a) => a.name === 'groups') ? store.members.ofMember(row.id) : [];
    if (groups.length > 0) {
      out.groups = groups.map((g) => ({ value: g.group_id, $ref: `${baseUrl}/Groups/${g.group_id}`, display: g.display, type: 'direct' }));
    }
    if (profile.behaviours.primaryTeamFromFirstGroup) {
      const [primary, ...additional] = groups;
      extensions[OFFICERND_USER_SCHEMA] = {
        status: row.former ? 'Former' : 'Active',
        ...(primary ? { primaryTeam: { value: primary.group_id, display: primary.display } } : {}),
        ...(additional.length > 0 ? { additionalTeams: additional.map((g) => ({ value: g.group_id, display: g.display })) } : {}),
      };
    }
  } else if (options.members) {
    const members = store.members.ofGroup(row.id);
    if (members.length > 0) {
      out.members = members.map((m) => ({
        value: m.member_id,
        $ref: `${baseUrl}/${m.member_type === 'User' ? 'Users' : 'Groups'}/${m.member_id}`,
        type: m.member_type,
        ...(m.display !== null ? { display: m.display } : {}),
      }));
    }
  }
  for (const [key, value] of Object.entries(extensions)) {
    schemas.push(key);
    out[key] = value;
  }
  out.meta = {
    resourceType: type,
    created: row.created,
    lastModified: row.last_modified,
    location: `${baseUrl}/${type === 'User' ? 'Users' : 'Groups'}/${row.id}`,
    version: etagOf(row.version),
  };
  return out;
}
