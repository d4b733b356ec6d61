import type { AttributeDefinition, DirectoryDefinition, ObjectDefinition } from '../shared/graph/synchronization';
import type { AttributeOptions } from './attribute-definitions';
import { attribute, objectDefinition } from './attribute-definitions';

/** Object names a non-gallery (customappsso) SCIM target uses; gallery apps use plain "User" / "Group". */
export const SCIM_ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const SCIM_CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE = `${SCIM_ENTERPRISE_USER}:`;

type Spec = readonly [name: string, type?: AttributeDefinition['type'], options?: AttributeOptions];

function attributes(specs: readonly Spec[]): AttributeDefinition[] {
  return specs.map(([name, type, options]) => attribute(name, type ?? 'String', options ?? {}));
}

/** The default target attribute list of a non-gallery SCIM app ("Edit attribute list for customappsso"). */
export function customAppSsoUserAttributes(userObjectName: string): AttributeDefinition[] {
  return attributes([
    ['userName', 'String', { required: true }],
    ['active', 'Boolean'],
    ['displayName'],
    ['title'],
    ['emails[type eq "work"].value'],
    ['preferredLanguage'],
    ['name.givenName'],
    ['name.familyName'],
    ['name.formatted'],
    ['addresses[type eq "work"].formatted'],
    ['addresses[type eq "work"].streetAddress'],
    ['addresses[type eq "work"].locality'],
    ['addresses[type eq "work"].region'],
    ['addresses[type eq "work"].postalCode'],
    ['addresses[type eq "work"].country'],
    ['phoneNumbers[type eq "work"].value'],
    ['phoneNumbers[type eq "mobile"].value'],
    ['phoneNumbers[type eq "fax"].value'],
    ['externalId'],
    ['roles[primary eq "True"].display'],
    ['roles[primary eq "True"].type'],
    ['roles[primary eq "True"].value'],
    [`${ENTERPRISE}employeeNumber`],
    [`${ENTERPRISE}costCenter`],
    [`${ENTERPRISE}organization`],
    [`${ENTERPRISE}division`],
    [`${ENTERPRISE}department`],
    [`${ENTERPRISE}manager`, 'Reference', { references: [userObjectName] }],
  ]);
}

/** Group attributes; `memberObjects` lists what `members` may reference (OfficeRnD removes the group). */
export function scimGroupAttributes(memberObjects: string[]): AttributeDefinition[] {
  return attributes([
    ['displayName', 'String', { required: true }],
    ['externalId'],
    ['members', 'Reference', { multivalued: true, references: memberObjects }],
  ]);
}

export function scimAttributes(specs: readonly Spec[]): AttributeDefinition[] {
  return attributes(specs);
}

export function targetDirectory(id: string, name: string, objects: ObjectDefinition[]): DirectoryDefinition {
  return {
    discoverabilities: 'AttributeNames',
    discoveryDateTime: null,
    id,
    name,
    objects,
    readOnly: false,
    version: null,
  };
}

export { objectDefinition };
