import type { GraphGroup } from '../shared/graph/group';
import type { AppRole, AppRoleAssignment, GraphServicePrincipal } from '../shared/graph/service-principal';
import { INTEGRATED_APP_TAG } from '../shared/graph/service-principal';
import type {
  AttributeMapping,
  DirectoryDefinition,
  ObjectMapping,
  ScopingFilter,
  SynchronizationSchema,
  SynchronizationTemplate,
} from '../shared/graph/synchronization';
import type { GraphUser } from '../shared/graph/user';
import { AAD_DIRECTORY_NAME, aadDirectory } from './directory-aad';
import { hash128, stableGuid } from './random';
import { SAMPLE_TENANT_ID } from './tenant';
import { DAY, isoSeconds } from './time';

/** `applicationTemplateId` of every "Create your own application" (non-gallery) app. */
export const NON_GALLERY_TEMPLATE_ID = '8adf8e6e-67b2-4cf2-a259-e3dc5476c621';
/** Role ids every non-gallery app gets ("User" and "msiam_access"). */
export const NON_GALLERY_USER_ROLE_ID = '18d14569-c3bd-439b-9a66-3a2aee01d14f';
export const NON_GALLERY_MSIAM_ROLE_ID = 'b9632174-c057-4f7e-951b-be3adc52bfe6';

export function role(id: string, displayName: string, value: string | null = null, description = displayName): AppRole {
  return { allowedMemberTypes: ['User'], description, displayName, id, isEnabled: true, origin: 'Application', value };
}

export function galleryRoles(appKey: string): AppRole[] {
  return [role(stableGuid('role', appKey, 'User'), 'User'), role(stableGuid('role', appKey, 'msiam_access'), 'msiam_access')];
}

export function nonGalleryRoles(): AppRole[] {
  return [role(NON_GALLERY_USER_ROLE_ID, 'User'), role(NON_GALLERY_MSIAM_ROLE_ID, 'msiam_access')];
}

export interface ServicePrincipalOptions {
  key: string;
  displayName: string;
  gallery: boolean;
  appRoles: AppRole[];
  sso: 'saml' | 'oidc' | 'password' | null;
  notes?: string;
  assignmentRequired?: boolean;
}

export function servicePrincipal(options: ServicePrincipalOptions): GraphServicePrincipal {
  const tags = options.gallery
    ? [INTEGRATED_APP_TAG]
    : [INTEGRATED_APP_TAG, 'WindowsAzureActiveDirectoryCustomSingleSignOnApplication'];
  return {
    id: stableGuid('servicePrincipal', options.key),
    appId: stableGuid('application', options.key),
    displayName: options.displayName,
    appDisplayName: options.displayName,
    accountEnabled: true,
    appRoleAssignmentRequired: options.assignmentRequired ?? true,
    applicationTemplateId: options.gallery ? stableGuid('applicationTemplate', options.key) : NON_GALLERY_TEMPLATE_ID,
    preferredSingleSignOnMode: options.sso,
    servicePrincipalType: 'Application',
    signInAudience: 'AzureADMyOrg',
    notes: options.notes ?? null,
    tags,
    appRoles: options.appRoles,
  };
}

/** Assignment ids look like Graph's: 43 base64url characters. */
function assignmentId(resourceId: string, principalId: string): string {
  const words = [...hash128(`${resourceId}|${principalId}`), ...hash128(`${principalId}|${resourceId}`)];
  const bytes = words.flatMap((word) => [word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255]);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[(n >>> 18) & 63] + alphabet[(n >>> 12) & 63] + alphabet[(n >>> 6) & 63] + alphabet[n & 63];
  }
  return out.slice(0, 43);
}

export function assign(
  sp: GraphServicePrincipal,
  principal: GraphUser | GraphGroup,
  appRoleId: string,
  createdMs: number,
): AppRoleAssignment {
  const isUser = 'userPrincipalName' in principal;
  // Admins assign during the working day, not at the sample's `now` time of day.
  const minutes = (hash128(`assigned:${sp.id}:${principal.id}`)[0] ?? 0) % 480;
  return {
    id: assignmentId(sp.id, principal.id),
    appRoleId,
    createdDateTime: isoSeconds(createdMs - minutes * 60_000),
    deletedDateTime: null,
    principalDisplayName: principal.displayName ?? null,
    principalId: principal.id,
    principalType: isUser ? 'User' : 'Group',
    resourceDisplayName: sp.displayName ?? null,
    resourceId: sp.id,
  };
}

export function jobIdFor(templateId: string, appKey: string): string {
  return `${templateId}.${SAMPLE_TENANT_ID.replaceAll('-', '')}.${stableGuid('job', appKey)}`;
}

export interface ObjectMappingOptions {
  name: string;
  sourceObjectName: 'User' | 'Group';
  targetObjectName: string;
  attributeMappings: AttributeMapping[];
  enabled?: boolean;
  scope?: ScopingFilter | null;
}

export function objectMapping(options: ObjectMappingOptions): ObjectMapping {
  return {
    attributeMappings: options.attributeMappings,
    enabled: options.enabled ?? true,
    flowTypes: 'Add, Update, Delete',
    metadata: [
      { key: 'IsCustomerDefined', value: 'false' },
      { key: 'Disposition', value: '"Normal"' },
    ],
    name: options.name,
    scope: options.scope ?? null,
    sourceObjectName: options.sourceObjectName,
    targetObjectName: options.targetObjectName,
  };
}

/** A scoping filter; each entry is one ORed group of ANDed clauses. */
export function scopingFilter(
  groups: readonly { name: string; clauses: readonly (readonly [attribute: string, operator: string, ...values: string[]])[] }[],
): ScopingFilter {
  return {
    categoryFilterGroups: [],
    groups: groups.map((group) => ({
      clauses: group.clauses.map(([sourceOperandName, operatorName, ...values]) => ({
        operatorName,
        sourceOperandName,
        targetOperand: { values },
      })),
      name: group.name,
    })),
    inputFilterGroups: [],
  };
}

export interface SchemaOptions {
  appKey: string;
  schemaId: string;
  target: DirectoryDefinition;
  objectMappings: ObjectMapping[];
  configuredMs: number;
}

/** A synchronization schema: Entra ID as source, the app as target, one outbound rule. */
export function synchronizationSchema(options: SchemaOptions): SynchronizationSchema {
  return {
    directories: [aadDirectory(), options.target],
    id: options.schemaId,
    synchronizationRules: [
      {
        editable: true,
        id: stableGuid('rule', options.appKey),
        metadata: [
          { key: 'defaultSourceObjectMappings', value: 'User,Group' },
          { key: 'supportsProvisionOnDemand', value: 'true' },
        ],
        name: 'USER_OUTBOUND_USER',
        objectMappings: options.objectMappings,
        priority: 1,
        sourceDirectoryName: AAD_DIRECTORY_NAME,
        targetDirectoryName: options.target.name,
      },
    ],
    version: `date:${isoSeconds(options.configuredMs)}~`,
  };
}

export function synchronizationTemplate(
  templateId: string,
  sp: GraphServicePrincipal,
  factoryTag: string,
  schema: SynchronizationSchema,
): SynchronizationTemplate {
  return {
    applicationId: sp.appId,
    default: true,
    description: null,
    discoverable: true,
    factoryTag,
    id: templateId,
    metadata: [{ key: 'GalleryApplicationIdentifier', value: sp.applicationTemplateId ?? null }],
    schema: { ...schema, id: templateId, version: null },
  };
}

export function daysAgo(now: Date, days: number): number {
  return now.getTime() - days * DAY;
}
