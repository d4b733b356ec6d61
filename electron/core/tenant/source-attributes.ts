import type { AttributeMappingSource, SynchronizationSchema } from '../../../shared/graph/synchronization';
import { graphUserProperty } from '../../../shared/graph/user-properties';

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

/** Source names Entra computes itself (from assignments, state): never read as user properties, never reported. */
const ENTRA_COMPUTED = new Set(['appRoleAssignments', 'singleAppRoleAssignment', 'assignedRoles']);

const EXTENSION = /^extension_[A-Za-z0-9]+_[A-Za-z0-9_]+$/;

export interface UserQueryFields {
  select: string[];
  expandManager: boolean;
  /** Entra source names Graph cannot return, with the reason in words (recorded for the audit). */
  unreadable?: Map<string, string>;
}

export interface SourceNameCheck {
  /** The tenant's registered directory extensions for users (`getAvailableExtensionProperties`); undefined when unknown. */
  extensions?: ReadonlySet<string> | undefined;
  /** Graph properties a 400 already named as unknown. */
  rejected?: ReadonlySet<string> | undefined;
}

/** The Graph property an Entra source name reads, or a reason why Graph cannot return it. */
export function graphPropertyFor(name: string, check: SourceNameCheck = {}): { property: string } | { computed: true } | { unreadable: string } {
  if (ENTRA_COMPUTED.has(name)) return { computed: true };
  const mapped = ENTRA_TO_GRAPH[name] ?? (/^extensionAttribute([1-9]|1[0-5])$/.test(name) ? 'onPremisesExtensionAttributes' : undefined);
  const property = mapped ?? (EXTENSION.test(name) ? name : graphUserProperty(name));
  if (check.rejected?.has((property ?? name).toLowerCase())) return { unreadable: 'Microsoft Graph answered that this user property does not exist' };
  if (property === 'manager') return { property };
  if (!property || !GRAPH_PROPERTY.test(property)) return { unreadable: 'not a Microsoft Graph user property (a typo, or a name only Entra provisioning knows)' };
  if (EXTENSION.test(property) && check.extensions && !check.extensions.has(property.toLowerCase())) {
    return { unreadable: 'not a directory extension registered in this tenant (the app that defined it may have been deleted)' };
  }
  return { property };
}

export function userQueryFields(schemas: SynchronizationSchema[], check: SourceNameCheck = {}): UserQueryFields {
  const select = new Set(BASE_USER_FIELDS);
  const unreadable = new Map<string, string>();
  let expandManager = false;
  for (const name of userSourceAttributeNames(schemas)) {
    const result = graphPropertyFor(name, check);
    if ('unreadable' in result) unreadable.set(name, result.unreadable);
    else if ('property' in result && result.property === 'manager') expandManager = true;
    else if ('property' in result) select.add(result.property);
  }
  return { select: [...select].sort(), expandManager, unreadable };
}
