import { GROUP_SCHEMA, USER_SCHEMA } from '../schemas';
import { commonAttributes } from './attributes';
import type { AttributeDefinition, ResourceProfile } from './types';

interface ResourceOptions {
  /** Whether externalId and meta can be filtered on (RFC 7643 §3.1 common attributes). */
  filterable: { externalId: boolean; meta: boolean };
  /** The core schema's attributes as this vendor supports them. */
  attributes: readonly AttributeDefinition[];
  extensions?: ResourceProfile['extensions'];
}

/** /Users with the core User schema, narrowed to what the vendor supports. */
export function userResource({ filterable, attributes, extensions = [] }: ResourceOptions): ResourceProfile {
  return resource('User', '/Users', USER_SCHEMA, 'User Account', { filterable, attributes, extensions });
}

/** /Groups with the core Group schema; `description` is what the vendor calls a group (OfficeRnD: "Team"). */
export function groupResource({ filterable, attributes, extensions = [] }: ResourceOptions, description = 'Group'): ResourceProfile {
  return resource('Group', '/Groups', GROUP_SCHEMA, description, { filterable, attributes, extensions });
}

function resource(name: ResourceProfile['name'], endpoint: ResourceProfile['endpoint'], schemaId: string, description: string, options: Required<ResourceOptions>): ResourceProfile {
  return {
    name,
    endpoint,
    description,
    common: commonAttributes({ externalIdFilterable: options.filterable.externalId, metaFilterable: options.filterable.meta }),
    schema: { id: schemaId, name, description, attributes: options.attributes },
    extensions: options.extensions,
  };
}
