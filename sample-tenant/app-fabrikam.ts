import { DEFAULT_ACCESS_ROLE_ID } from '../shared/graph/service-principal';
import type { AttributeMapping } from '../shared/graph/synchronization';
import {
  NON_GALLERY_USER_ROLE_ID,
  assign,
  daysAgo,
  jobIdFor,
  nonGalleryRoles,
  objectMapping,
  scopingFilter,
  servicePrincipal,
  synchronizationSchema,
  synchronizationTemplate,
} from './app-builders';
import { customAppSsoDefaults, direct, pickOne } from './attribute-mappings';
import {
  ENTERPRISE,
  SCIM_CORE_GROUP,
  SCIM_ENTERPRISE_USER,
  customAppSsoUserAttributes,
  objectDefinition,
  scimAttributes,
  scimGroupAttributes,
  targetDirectory,
} from './directory-scim';
import { hash128, stableGuid } from './random';
import type { GraphUser } from '../shared/graph/user';
import type { FullCycleOutcome, SampleApp, SampleDirectory } from './sample-app';
import { DEFAULT_JOB_SETTINGS } from './sample-app';

const KEY = 'fabrikam-expenses';
const TEMPLATE_ID = 'customappsso';
const TARGET = 'customappsso';
export const FABRIKAM_COST_CENTER = 'urn:ietf:params:scim:schemas:extension:fabrikam:2.0:User:costCenter';

/**
 * A hand-edited generic SCIM app with the mistakes admins make: no matching attribute
 * (every matchingPriority is 0), userName from the nullable [mail], active straight from
 * [accountEnabled], a typo in a source attribute ([departmnet]), two mappings to the work
 * e-mail, and the required custom costCenter attribute left unmapped.
 */
function userMappings(): AttributeMapping[] {
  const kept = (target: string) => pickOne(customAppSsoDefaults('User'), target);
  return [
    direct('userName', 'mail'),
    direct('active', 'accountEnabled'),
    kept('displayName'),
    kept('emails[type eq "work"].value'),
    kept('name.givenName'),
    kept('name.familyName'),
    kept('name.formatted'),
    direct('externalId', 'objectId'),
    kept(`${ENTERPRISE}employeeNumber`),
    direct(`${ENTERPRISE}department`, 'departmnet'),
    kept(`${ENTERPRISE}manager`),
    direct('emails[type eq "work"].value', 'userPrincipalName'),
  ];
}

/** How the first create of each user went: no mail means no userName; existing accounts collide. */
function firstCreate(user: GraphUser): FullCycleOutcome {
  if (!user.mail) return { kind: 'fail', error: 'MandatoryFieldsMissing', action: 'create', attr: 'userName' };
  // With no matching attribute, accounts that already existed in Fabrikam are never matched: they collide.
  const [word] = hash128(`fabrikam-existing:${user.id}`);
  if (word % 3 === 0) return { kind: 'fail', error: 'EntryConflict', action: 'create' };
  if (word % 3 === 1) return { kind: 'fail', error: 'UnprocessableEntity', action: 'create', attr: FABRIKAM_COST_CENTER };
  return { kind: 'create' };
}

export function buildFabrikam(directory: SampleDirectory): SampleApp {
  const { now } = directory;
  const sp = servicePrincipal({
    key: KEY,
    displayName: 'Fabrikam Expenses (SCIM)',
    gallery: false,
    appRoles: nonGalleryRoles(),
    sso: null,
    notes: 'Set up by hand in a hurry; mappings not reviewed.',
  });
  const userAttributes = [...customAppSsoUserAttributes(SCIM_ENTERPRISE_USER), ...scimAttributes([[FABRIKAM_COST_CENTER, 'String', { required: true }]])];
  const target = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(SCIM_ENTERPRISE_USER, userAttributes),
    objectDefinition(SCIM_CORE_GROUP, scimGroupAttributes([SCIM_ENTERPRISE_USER, SCIM_CORE_GROUP])),
  ]);
  const defaultTarget = targetDirectory(stableGuid('directory', KEY), TARGET, [
    objectDefinition(SCIM_ENTERPRISE_USER, customAppSsoUserAttributes(SCIM_ENTERPRISE_USER)),
    objectDefinition(SCIM_CORE_GROUP, scimGroupAttributes([SCIM_ENTERPRISE_USER, SCIM_CORE_GROUP])),
  ]);
  const scope = scopingFilter([
    { name: 'Sales staff', clauses: [['department', 'EQUALS', 'Sales']] },
    { name: 'Operations staff', clauses: [['department', 'EQUALS', 'Operations']] },
  ]);
  const jobId = jobIdFor(TEMPLATE_ID, KEY);
  const configuredMs = daysAgo(now, 21);
  const schema = synchronizationSchema({
    appKey: KEY,
    schemaId: jobId,
    target,
    configuredMs,
    objectMappings: [
      objectMapping({ name: 'Provision Azure Active Directory Users', sourceObjectName: 'User', targetObjectName: SCIM_ENTERPRISE_USER, scope, attributeMappings: userMappings() }),
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
    target: defaultTarget,
    configuredMs,
    objectMappings: [
      objectMapping({ name: 'Provision Azure Active Directory Users', sourceObjectName: 'User', targetObjectName: SCIM_ENTERPRISE_USER, attributeMappings: customAppSsoDefaults('User') }),
      objectMapping({ name: 'Provision Azure Active Directory Groups', sourceObjectName: 'Group', targetObjectName: SCIM_CORE_GROUP, attributeMappings: customAppSsoDefaults('Group') }),
    ],
  });

  const assignments = [
    // Expenses Approvers nests the Finance group, whose members Entra will NOT provision.
    assign(sp, directory.group('expensesApprovers'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.group('sales'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.user('stefan.wagner'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.user('olga.petrovic'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.user('kwame.mensah'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.user('ruth.adebayo'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.user('dariusz.lewandowski'), NON_GALLERY_USER_ROLE_ID, daysAgo(now, 22)),
    assign(sp, directory.user('siobhan.kelly'), DEFAULT_ACCESS_ROLE_ID, daysAgo(now, 22)),
  ];
  const hasMail = (user: { mail?: string | null | undefined }) => Boolean(user.mail);

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
      targetIdStyle: 'guid',
      story: {
        startDaysAgo: 21,
        offsetMinutes: 11,
        eventsPerCycle: 2.0,
        routine: [
          ['failure', 58],
          ['update', 12],
          ['skipOutOfScope', 16],
          ['skipRedundant', 4],
          ['warning', 10],
        ],
        failures: [
          { error: 'EntryConflict', weight: 30, action: 'create', eligible: hasMail },
          { error: 'MandatoryFieldsMissing', weight: 25, action: 'create', eligible: (user) => !hasMail(user), attr: 'userName' },
          { error: 'UnprocessableEntity', weight: 20, action: 'update', eligible: hasMail, attr: FABRIKAM_COST_CENTER },
          { error: 'SchemaAttributeNotFound', weight: 6, action: 'update', eligible: hasMail, attr: 'name.formatted' },
          { error: 'TooManyRequests', weight: 10, action: 'update', eligible: hasMail },
          { error: 'Timeout', weight: 5, action: 'update', eligible: hasMail },
        ],
        fullCycle: { daysAgo: 21, groups: 'none', user: firstCreate },
        createOutcome: firstCreate,
      },
    },
  };
}
