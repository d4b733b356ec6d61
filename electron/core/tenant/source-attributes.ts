import type { AttributeMappingSource, SynchronizationSchema } from '../../../shared/graph/synchronization';

/**
 * Which Graph user properties to `$select` so every source attribute the app's mappings and scoping
 * filters use is present. Entra's provisioning names differ from Graph's for a few attributes
 * (`objectId` is `id`, `mobile` is `mobilePhone`, `extensionAttribute1` lives in
 * `onPremisesExtensionAttributes`, `manager` needs `$expand`).
 */
const ENTRA_TO_GRAPH: Record<string, string> = {
  objectId: 'id',
  mobile: 'mobilePhone',
  telephoneNumber: 'businessPhones',
  physicalDeliveryOfficeName: 'officeLocation',
  facsimileTelephoneNumber: 'faxNumber',
  originalUserPrincipalName: 'userPrincipalName',
  IsSoftDeleted: 'accountEnabled',
  manager: 'manager',
};

/** Always read: what the assignments and trial views show for every user. */
export const BASE_USER_FIELDS = ['id', 'userPrincipalName', 'displayName', 'accountEnabled', 'mail', 'givenName', 'surname', 'userType'];

export const GROUP_FIELDS = ['id', 'displayName', 'description', 'mail', 'mailEnabled', 'mailNickname', 'securityEnabled', 'groupTypes', 'membershipRule', 'visibility', 'createdDateTime'];

/** Graph property names are letters and digits; extension names add underscores. Nothing else reaches a URL. */
const GRAPH_PROPERTY = /^[A-Za-z][A-Za-z0-9_]{0,120}$/;

function collectSourceNames(source: AttributeMappingSource | null | undefined, into: Set<string>): void {
  if (!source) return;
  if (source.type === 'Attribute' && source.name) into.add(source.name);
  for (const parameter of source.parameters ?? []) collectSourceNames(parameter.value, into);
}

/** Entra source attribute names the schema reads from users (mappings and scoping filters). */
export function userSourceAttributeNames(schemas: SynchronizationSchema[]): Set<string> {
  const names = new Set<string>();
  for (const schema of schemas) {
    for (const rule of schema.synchronizationRules ?? []) {
      for (const mapping of rule.objectMappings ?? []) {
        if (mapping.sourceObjectName !== 'User') continue;
        for (const attribute of mapping.attributeMappings ?? []) collectSourceNames(attribute.source, names);
        for (const group of mapping.scope?.groups ?? []) for (const clause of group.clauses ?? []) names.add(clause.sourceOperandName);
      }
    }
  }
  return names;
}

export interface UserQueryFields {
  select: string[];
  expandManager: boolean;
}

export function userQueryFields(schemas: SynchronizationSchema[]): UserQueryFields {
  const select = new Set(BASE_USER_FIELDS);
  let expandManager = false;
  for (const name of userSourceAttributeNames(schemas)) {
    const graph = ENTRA_TO_GRAPH[name] ?? (/^extensionAttribute\d+$/.test(name) ? 'onPremisesExtensionAttributes' : name);
    if (graph === 'manager') expandManager = true;
    else if (GRAPH_PROPERTY.test(graph)) select.add(graph);
  }
  return { select: [...select].sort(), expandManager };
}
