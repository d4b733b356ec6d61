import { DEFAULT_ACCESS_ROLE_ID } from '../shared/graph/service-principal';
import type { ObjectMapping } from '../shared/graph/synchronization';
import { OFFICERND_RECOMMENDED } from '../shared/vendors/officernd/recommended';
import {
  NON_GALLERY_USER_ROLE_ID,
  assign,
  daysAgo,
  jobIdFor,
  nonGalleryRoles,
  objectMapping,
  servicePrincipal,
  synchronizationSchema,
  synchronizationTemplate,
} from './app-builders';
import { customAppSsoDefaults, direct, pick, recommendedMappings } from './attribute-mappings';
import {
  SCIM_CORE_GROUP,
  SCIM_ENTERPRISE_USER,
  customAppSsoUserAttributes,
  objectDefinition,
  scimAttributes,
  scimGroupAttributes,
  targetDirectory,
} from './directory-scim';
import { stableGuid } from './random';
import type { SampleApp, SampleDirectory } from './sample-app';
import { DEFAULT_JOB_SETTINGS } from './sample-app';

const KEY = 'officernd';
/** OfficeRnD's guide sets it up as a non-gallery app, so it runs on Entra's generic SCIM template. */
const TEMPLATE_ID = 'customappsso';
const TARGET = 'customappsso';

function userMappingName(): string {
  return 'Provision Azure Active Directory Users';
}

function groupMappingName(): string {
  return 'Provision Azure Active Directory Groups';
}

/**
 * The OfficeRnD guide's recommended mappings (shared/vendors/officernd), listed in the order the admin
 * edited the customappsso defaults into them; groups also gain the custom `description` attribute.
 */
function configuredMappings(): ObjectMapping[] {
  return [
    objectMapping({
      name: userMappingName(),
      sourceObjectName: 'User',
      targetObjectName: SCIM_ENTERPRISE_USER,
      attributeMappings: pick(recommendedMappings(OFFICERND_RECOMMENDED, 'User'), ['userName', 'active', 'displayName', 'externalId']),
    }),
    objectMapping({
      name: groupMappingName(),
      sourceObjectName: 'Group',
      targetObjectName: SCIM_CORE_GROUP,
      attributeMappings: [...pick(recommendedMappings(OFFICERND_RECOMMENDED, 'Group'), ['displayName', 'externalId', 'members']), direct('description', 'description')],
    }),
  ];
}

export function buildOfficeRnd(directory: SampleDirectory): SampleApp {
  const { now } = directory;
  const sp = servicePrincipal({
    key: KEY,
    displayName: 'OfficeRnD Workplace',
    gallery: false,
    appRoles: nonGalleryRoles(),
    sso: 'saml',
    notes: 'Desk and room booking. SCIM per OfficeRnD "[Workplace] Microsoft Entra ID SCIM Provisioning".',
  });
  const configuredTarget = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(SCIM_ENTERPRISE_USER, customAppSsoUserAttributes(SCIM_ENTERPRISE_USER)),
    objectDefinition(SCIM_CORE_GROUP, [...scimGroupAttributes([SCIM_ENTERPRISE_USER]), ...scimAttributes([['description']])]),
  ]);
  const defaultTarget = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(SCIM_ENTERPRISE_USER, customAppSsoUserAttributes(SCIM_ENTERPRISE_USER)),
    objectDefinition(SCIM_CORE_GROUP, scimGroupAttributes([SCIM_ENTERPRISE_USER, SCIM_CORE_GROUP])),
  ]);
  const jobId = jobIdFor(TEMPLATE_ID, KEY);
  const configuredMs = daysAgo(now, 9);
  const schema = synchronizationSchema({ appKey: KEY, schemaId: jobId, target: configuredTarget, objectMappings: configuredMappings(), configuredMs });
  const templateSchema = synchronizationSchema({
    appKey: KEY,
    schemaId: TEMPLATE_ID,
    target: defaultTarget,
    configuredMs,
    objectMappings: [
      objectMapping({ name: userMappingName(), sourceObjectName: 'User', targetObjectName: SCIM_ENTERPRISE_USER, attributeMappings: customAppSsoDefaults('User') }),
      objectMapping({ name: groupMappingName(), sourceObjectName: 'Group', targetObjectName: SCIM_CORE_GROUP, attributeMappings: customAppSsoDefaults('Group') }),
    ],
  });

  const assignments = [
    assign(sp, directory.group('officeLondon'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 330)),
    assign(sp, directory.group('officeDublin'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 330)),
    assign(sp, directory.user('maeve.doyle'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 329)),
    assign(sp, directory.user('gregory.hall'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 329)),
    assign(sp, directory.user('siobhan.kelly'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 200)),
  ];

  return {
    key: KEY,
    servicePrincipal: sp,
    assignments,
    templates: [synchronizationTemplate(TEMPLATE_ID, sp, 'CustomSCIM', templateSchema)],
    provisioning: {
      templateId: TEMPLATE_ID,
      jobId,
      schema,
      settings: DEFAULT_JOB_SETTINGS,
      targetIdStyle: 'objectId',
      story: {
        startDaysAgo: 330,
        offsetMinutes: 17,
        eventsPerCycle: 1.35,
        routine: [
          ['update', 34],
          ['skipOutOfScope', 26],
          ['skipRedundant', 14],
          ['groupMembers', 16],
          ['failure', 7],
        ],
        failures: [
          { error: 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse', weight: 3, action: 'update', object: 'Group' },
          { error: 'EntryConflict', weight: 2, action: 'update' },
          { error: 'TooManyRequests', weight: 3, action: 'update' },
          { error: 'InternalServerError', weight: 1, action: 'update' },
        ],
        // Restarted after the custom group description mapping was added.
        fullCycle: { daysAgo: 9, user: () => ({ kind: 'redundant' }), groups: 'update' },
      },
    },
  };
}
