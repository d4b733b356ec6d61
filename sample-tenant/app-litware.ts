import type { AttributeMapping } from '../shared/graph/synchronization';
import {
  NON_GALLERY_MSIAM_ROLE_ID,
  assign,
  daysAgo,
  jobIdFor,
  objectMapping,
  role,
  servicePrincipal,
  synchronizationSchema,
  synchronizationTemplate,
} from './app-builders';
import { customAppSsoDefaults, direct, mapping, pick } from './attribute-mappings';
import {
  ENTERPRISE,
  SCIM_CORE_GROUP,
  SCIM_ENTERPRISE_USER,
  customAppSsoUserAttributes,
  objectDefinition,
  scimGroupAttributes,
  targetDirectory,
} from './directory-scim';
import { stableGuid } from './random';
import type { SampleApp, SampleDirectory } from './sample-app';
import { DEFAULT_JOB_SETTINGS } from './sample-app';

const KEY = 'litware-hr';
const TEMPLATE_ID = 'customappsso';
const TARGET = 'customappsso';

/** Matches on employeeId first, then userName; sends the assigned role. */
function userMappings(): AttributeMapping[] {
  return [
    direct('externalId', 'employeeId', { matchingPriority: 1 }),
    direct('userName', 'userPrincipalName', { matchingPriority: 2 }),
    ...pick(customAppSsoDefaults('User'), [
      'active',
      'displayName',
      'emails[type eq "work"].value',
      'title',
      'addresses[type eq "work"].locality',
      'addresses[type eq "work"].country',
      `${ENTERPRISE}employeeNumber`,
      `${ENTERPRISE}department`,
      `${ENTERPRISE}manager`,
    ]),
    mapping('roles[primary eq "True"].value', 'SingleAppRoleAssignment([appRoleAssignments])', { defaultValue: 'Employee' }),
  ];
}

export function buildLitware(directory: SampleDirectory): SampleApp {
  const { now } = directory;
  const employee = role(stableGuid('role', KEY, 'Employee'), 'Employee', 'Employee', 'Employee self-service');
  const manager = role(stableGuid('role', KEY, 'Manager'), 'Manager', 'Manager', 'Approves leave and reviews for direct reports');
  const hrAdmin = role(stableGuid('role', KEY, 'HRAdmin'), 'HR Admin', 'HRAdmin', 'Full access to HR records');
  const msiam = role(NON_GALLERY_MSIAM_ROLE_ID, 'msiam_access');
  const sp = servicePrincipal({
    key: KEY,
    displayName: 'Litware HR Portal',
    gallery: false,
    appRoles: [employee, manager, hrAdmin, msiam],
    sso: 'oidc',
    notes: 'Provisioning paused after deletions were held by the accidental-deletion threshold.',
  });
  const target = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(SCIM_ENTERPRISE_USER, customAppSsoUserAttributes(SCIM_ENTERPRISE_USER)),
    objectDefinition(SCIM_CORE_GROUP, scimGroupAttributes([SCIM_ENTERPRISE_USER, SCIM_CORE_GROUP])),
  ]);
  const jobId = jobIdFor(TEMPLATE_ID, KEY);
  const configuredMs = daysAgo(now, 210);
  const schema = synchronizationSchema({
    appKey: KEY,
    schemaId: jobId,
    target,
    configuredMs,
    objectMappings: [
      objectMapping({ name: 'Provision Azure Active Directory Users', sourceObjectName: 'User', targetObjectName: SCIM_ENTERPRISE_USER, attributeMappings: userMappings() }),
      objectMapping({
        name: 'Provision Azure Active Directory Groups',
        sourceObjectName: 'Group',
        targetObjectName: SCIM_CORE_GROUP,
        enabled: false,
        attributeMappings: customAppSsoDefaults('Group'),
      }),
    ],
  });
  const templateSchema = synchronizationSchema({
    appKey: KEY,
    schemaId: TEMPLATE_ID,
    target,
    configuredMs,
    objectMappings: [
      objectMapping({ name: 'Provision Azure Active Directory Users', sourceObjectName: 'User', targetObjectName: SCIM_ENTERPRISE_USER, attributeMappings: customAppSsoDefaults('User') }),
      objectMapping({ name: 'Provision Azure Active Directory Groups', sourceObjectName: 'Group', targetObjectName: SCIM_CORE_GROUP, attributeMappings: customAppSsoDefaults('Group') }),
    ],
  });

  const assignments = [
    assign(sp, directory.group('allEmployees'), employee.id, daysAgo(now, 205)),
    assign(sp, directory.user('catherine.moore'), hrAdmin.id, daysAgo(now, 205)),
    assign(sp, directory.user('chiara.rossi'), hrAdmin.id, daysAgo(now, 205)),
    assign(sp, directory.user('rafael.mendoza'), manager.id, daysAgo(now, 204)),
    assign(sp, directory.user('priya.raman'), manager.id, daysAgo(now, 204)),
    assign(sp, directory.user('tim.dawson'), employee.id, daysAgo(now, 150)),
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
      settings: [...DEFAULT_JOB_SETTINGS.filter((setting) => setting.name !== 'QuarantineTooManyDeletesThreshold'), { name: 'QuarantineTooManyDeletesThreshold', value: '10' }],
      targetIdStyle: 'guid',
      story: {
        startDaysAgo: 200,
        stopDaysAgo: 12,
        offsetMinutes: 23,
        eventsPerCycle: 1.25,
        routine: [
          ['update', 44],
          ['skipOutOfScope', 18],
          ['skipRedundant', 16],
          ['importSkipped', 8],
          ['failure', 4],
        ],
        failures: [
          { error: 'TooManyRequests', weight: 2, action: 'update' },
          { error: 'DuplicateTargetEntries', weight: 1, action: 'update' },
        ],
        // The dynamic "All Employees" group briefly lost members; the deletions were held.
        stagedDeletes: { daysAgo: 12.2, count: 16 },
      },
    },
  };
}
