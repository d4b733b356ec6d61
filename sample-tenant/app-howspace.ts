import { DEFAULT_ACCESS_ROLE_ID } from '../shared/graph/service-principal';
import type { ObjectMapping, ScopingFilter } from '../shared/graph/synchronization';
import { HOWSPACE_RECOMMENDED } from '../shared/vendors/howspace/recommended';
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
import { recommendedMappings } from './attribute-mappings';
import { scimAttributes, scimGroupAttributes, targetDirectory, objectDefinition } from './directory-scim';
import { stableGuid } from './random';
import type { SampleApp, SampleDirectory } from './sample-app';
import { DEFAULT_JOB_SETTINGS } from './sample-app';

const KEY = 'howspace';
const TEMPLATE_ID = 'howspace';
const TARGET = 'Howspace';

/** Exactly the Howspace guide's recommended mappings (shared/vendors/howspace). */
function objectMappings(scope: ScopingFilter | null): ObjectMapping[] {
  return [
    objectMapping({
      name: `Synchronize Azure Active Directory Users to ${TARGET}`,
      sourceObjectName: 'User',
      targetObjectName: 'User',
      scope,
      attributeMappings: recommendedMappings(HOWSPACE_RECOMMENDED, 'User'),
    }),
    objectMapping({
      name: `Synchronize Azure Active Directory Groups to ${TARGET}`,
      sourceObjectName: 'Group',
      targetObjectName: 'Group',
      attributeMappings: recommendedMappings(HOWSPACE_RECOMMENDED, 'Group'),
    }),
  ];
}

export function buildHowspace(directory: SampleDirectory): SampleApp {
  const { now } = directory;
  const roles = galleryRoles(KEY);
  const [userRole, msiamRole] = roles;
  const sp = servicePrincipal({ key: KEY, displayName: 'Howspace', gallery: true, appRoles: roles, sso: 'saml' });
  const userRoleId = userRole?.id ?? DEFAULT_ACCESS_ROLE_ID;

  const target = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(
      'User',
      scimAttributes([
        ['userName', 'String', { required: true }],
        ['active', 'Boolean'],
        ['name.givenName'],
        ['name.familyName'],
        ['phoneNumbers[type eq "mobile"].value'],
        ['externalId'],
      ]),
    ),
    objectDefinition('Group', scimGroupAttributes(['User', 'Group'])),
  ]);
  const scope = scopingFilter([
    { name: 'Contoso staff', clauses: [['companyName', 'EQUALS', 'Contoso Ltd'], ['accountEnabled', 'IS TRUE']] },
    { name: 'External facilitators', clauses: [['companyName', 'EQUALS', 'Fabrikam']] },
  ]);
  const jobId = jobIdFor(TEMPLATE_ID, KEY);
  const configuredMs = daysAgo(now, 410);
  const schema = synchronizationSchema({ appKey: KEY, schemaId: jobId, target, objectMappings: objectMappings(scope), configuredMs });
  const templateSchema = synchronizationSchema({ appKey: KEY, schemaId: TEMPLATE_ID, target, objectMappings: objectMappings(null), configuredMs });

  const assignments = [
    assign(sp, directory.group('howspaceFacilitators'), userRoleId, daysAgo(now, 405)),
    assign(sp, directory.group('marketing'), userRoleId, daysAgo(now, 380)),
    assign(sp, directory.group('salesEmea'), userRoleId, daysAgo(now, 6)),
    assign(sp, directory.user('isabelle.fournier'), userRoleId, daysAgo(now, 402)),
    assign(sp, directory.user('liam.oconnor'), msiamRole?.id ?? userRoleId, daysAgo(now, 300)),
    assign(sp, directory.user('catherine.moore'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 250)),
    assign(sp, directory.user('chris.green_fabrikam.com#EXT#'), userRoleId, daysAgo(now, 200)),
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
      targetIdStyle: 'guid',
      story: {
        startDaysAgo: 400,
        offsetMinutes: 3,
        eventsPerCycle: 1.6,
        routine: [
          ['update', 38],
          ['skipOutOfScope', 24],
          ['skipRedundant', 12],
          ['groupMembers', 14],
          ['failure', 6],
        ],
        failures: [
          { error: 'TooManyRequests', weight: 5, action: 'update' },
          { error: 'Timeout', weight: 3, action: 'update' },
          { error: 'InvalidAnchor', weight: 1, action: 'update' },
          { error: 'InvalidDomain', weight: 1, action: 'update', eligible: (user) => user.userType === 'Guest' },
        ],
      },
    },
  };
}
