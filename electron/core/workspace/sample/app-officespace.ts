import { DEFAULT_ACCESS_ROLE_ID } from '../../../../shared/graph/service-principal';
import type { ObjectMapping, ScopingFilter } from '../../../../shared/graph/synchronization';
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
import { ENTERPRISE, objectDefinition, scimAttributes, scimGroupAttributes, targetDirectory } from './directory-scim';
import { activeFromSoftDeleteSwitch, direct, mapping } from './expressions';
import { stableGuid } from './random';
import type { SampleApp, SampleDirectory } from './sample-app';
import { DEFAULT_JOB_SETTINGS } from './sample-app';

const KEY = 'officespace';
const TEMPLATE_ID = 'officespace';
const TARGET = 'OfficeSpace Software';

/**
 * The OfficeSpace guide shows its mapping table only as a screenshot, so the sample uses the usual
 * gallery SCIM defaults: userName (matching) from userPrincipalName, the Switch-based active,
 * names, work e-mail and phones, title, department, employee number and manager. Groups are off.
 */
function objectMappings(scope: ScopingFilter | null): ObjectMapping[] {
  return [
    objectMapping({
      name: `Synchronize Azure Active Directory Users to ${TARGET}`,
      sourceObjectName: 'User',
      targetObjectName: 'User',
      scope,
      attributeMappings: [
        direct('userName', 'userPrincipalName', { matchingPriority: 1 }),
        mapping('active', activeFromSoftDeleteSwitch()),
        direct('displayName', 'displayName'),
        direct('emails[type eq "work"].value', 'mail'),
        direct('title', 'jobTitle'),
        direct('name.givenName', 'givenName'),
        direct('name.familyName', 'surname'),
        direct('phoneNumbers[type eq "work"].value', 'telephoneNumber'),
        direct('phoneNumbers[type eq "mobile"].value', 'mobile'),
        direct('externalId', 'mailNickname'),
        direct(`${ENTERPRISE}department`, 'department'),
        direct(`${ENTERPRISE}employeeNumber`, 'employeeId'),
        direct(`${ENTERPRISE}manager`, 'manager'),
      ],
    }),
    objectMapping({
      name: `Synchronize Azure Active Directory Groups to ${TARGET}`,
      sourceObjectName: 'Group',
      targetObjectName: 'Group',
      enabled: false,
      attributeMappings: [
        direct('displayName', 'displayName', { matchingPriority: 1 }),
        direct('externalId', 'objectId'),
        direct('members', 'members'),
      ],
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
