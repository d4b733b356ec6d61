import { DEFAULT_ACCESS_ROLE_ID } from '../shared/graph/service-principal';
import type { ObjectMapping, ScopingFilter } from '../shared/graph/synchronization';
import { OFFICESPACE_RECOMMENDED } from '../shared/vendors/officespace/recommended';
import {
  assign,
  daysAgo,
  galleryRoles,
  jobIdFor,
  objectMapping,
  scopingFilter,
  servicePrincipal,
  synchronizationSchema,
  synchronizationTemplate,
} from './app-builders';
import { customAppSsoDefaults, pick, recommendedMappings } from './attribute-mappings';
import { ENTERPRISE, objectDefinition, scimAttributes, scimGroupAttributes, targetDirectory } from './directory-scim';
import { stableGuid } from './random';
import type { SampleApp, SampleDirectory } from './sample-app';
import { DEFAULT_JOB_SETTINGS } from './sample-app';

const KEY = 'officespace';
const TEMPLATE_ID = 'officespace';
const TARGET = 'OfficeSpace Software';

/**
 * The OfficeSpace guide's recommended mappings (shared/vendors/officespace); the guide shows its table
 * only as a screenshot, so the admin also kept the phones, employee number and manager of Entra's SCIM
 * defaults. Groups are off.
 */
function objectMappings(scope: ScopingFilter | null): ObjectMapping[] {
  return [
    objectMapping({
      name: `Synchronize Azure Active Directory Users to ${TARGET}`,
      sourceObjectName: 'User',
      targetObjectName: 'User',
      scope,
      attributeMappings: pick(
        [...recommendedMappings(OFFICESPACE_RECOMMENDED, 'User'), ...customAppSsoDefaults('User')],
        [
          'userName',
          'active',
          'displayName',
          'emails[type eq "work"].value',
          'title',
          'name.givenName',
          'name.familyName',
          'phoneNumbers[type eq "work"].value',
          'phoneNumbers[type eq "mobile"].value',
          'externalId',
          `${ENTERPRISE}department`,
          `${ENTERPRISE}employeeNumber`,
          `${ENTERPRISE}manager`,
        ],
      ),
    }),
    objectMapping({
      name: `Synchronize Azure Active Directory Groups to ${TARGET}`,
      sourceObjectName: 'Group',
      targetObjectName: 'Group',
      enabled: false,
      attributeMappings: recommendedMappings(OFFICESPACE_RECOMMENDED, 'Group'),
    }),
  ];
}

export function buildOfficeSpace(directory: SampleDirectory): SampleApp {
  const { now } = directory;
  const roles = galleryRoles(KEY);
  const userRoleId = roles[0]?.id ?? DEFAULT_ACCESS_ROLE_ID;
  const sp = servicePrincipal({ key: KEY, displayName: 'OfficeSpace Software', gallery: true, appRoles: roles, sso: 'saml' });
  const target = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(
      'User',
      scimAttributes([
        ['userName', 'String', { required: true }],
        ['active', 'Boolean'],
        ['displayName'],
        ['emails[type eq "work"].value'],
        ['title'],
        ['name.givenName'],
        ['name.familyName'],
        ['phoneNumbers[type eq "work"].value'],
        ['phoneNumbers[type eq "mobile"].value'],
        ['externalId'],
        [`${ENTERPRISE}department`],
        [`${ENTERPRISE}employeeNumber`],
        [`${ENTERPRISE}manager`, 'Reference', { references: ['User'] }],
      ]),
    ),
    objectDefinition('Group', scimGroupAttributes(['User', 'Group'])),
  ]);
  const scope = scopingFilter([{ name: 'Office-based staff', clauses: [['physicalDeliveryOfficeName', 'IS NOT NULL']] }]);
  const jobId = jobIdFor(TEMPLATE_ID, KEY);
  const configuredMs = daysAgo(now, 700);
  const schema = synchronizationSchema({ appKey: KEY, schemaId: jobId, target, objectMappings: objectMappings(scope), configuredMs });
  const templateSchema = synchronizationSchema({ appKey: KEY, schemaId: TEMPLATE_ID, target, objectMappings: objectMappings(null), configuredMs });

  // Assigned as in 2019: mostly Default Access (the guide then said those users were skipped).
  const assignments = [
    assign(sp, directory.group('workplaceServices'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 690)),
    assign(sp, directory.group('officeLondon'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 690)),
    assign(sp, directory.group('engineering'), userRoleId, daysAgo(now, 600)),
    assign(sp, directory.user('daniel.okafor'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 695)),
    assign(sp, directory.user('margaret.obrien'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 695)),
    assign(sp, directory.user('rafael.mendoza'), userRoleId, daysAgo(now, 500)),
    assign(sp, directory.user('lucas.oliveira'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 420)),
  ];

  return {
    key: KEY,
    servicePrincipal: sp,
    assignments,
    templates: [synchronizationTemplate(TEMPLATE_ID, sp, TEMPLATE_ID, templateSchema)],
    provisioning: {
      templateId: TEMPLATE_ID,
      jobId,
      schema,
      settings: DEFAULT_JOB_SETTINGS,
      targetIdStyle: 'numeric',
      story: {
        startDaysAgo: 700,
        offsetMinutes: 29,
        eventsPerCycle: 1.3,
        routine: [
          ['update', 40],
          ['skipOutOfScope', 22],
          ['skipRedundant', 14],
          ['warning', 4],
          ['failure', 6],
        ],
        failures: [
          { error: 'TooManyRequests', weight: 3, action: 'update' },
          { error: 'InsufficientRights', weight: 2, action: 'update' },
          { error: 'LicenseLimitExceeded', weight: 1, action: 'create' },
        ],
        quarantine: { daysAgo: 3, error: 'Unauthorized', failuresPerCycle: 9 },
      },
    },
  };
}
