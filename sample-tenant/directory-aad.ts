import type { DirectoryDefinition } from '../shared/graph/synchronization';
import { attribute, objectDefinition } from './attribute-definitions';
import { COST_CENTER_EXTENSION } from './tenant';

/** The id every synchronization schema gives the Entra ID source directory. */
export const AAD_DIRECTORY_ID = '66e4a8cc-1b7b-435e-95f8-f06cea133828';
export const AAD_DIRECTORY_NAME = 'Azure Active Directory';

const SOFT_DELETE_METADATA = [
  { key: 'PropertyNameAccountEnabled', value: 'accountEnabled' },
  { key: 'PropertyNameSoftDeleted', value: 'IsSoftDeleted' },
  { key: 'IsSoftDeletionSupported', value: 'true' },
  { key: 'IsSynchronizeAllSupported', value: 'true' },
  { key: 'ConnectorDataStorageRequired', value: 'false' },
];

/** Source attributes of the Entra ID directory in a provisioning schema (User and Group). */
export function aadDirectory(): DirectoryDefinition {
  const extensionAttributes = Array.from({ length: 15 }, (_, i) => attribute(`extensionAttribute${i + 1}`));
  const user = objectDefinition(
    'User',
    [
      attribute('objectId', 'String', { anchor: true, mutability: 'ReadOnly' }),
      attribute('accountEnabled', 'Boolean'),
      attribute('appRoleAssignments', 'String', { multivalued: true, mutability: 'ReadOnly' }),
      attribute('city'),
      attribute('companyName'),
      attribute('country'),
      attribute('department'),
      attribute('displayName'),
      attribute('employeeId'),
      attribute('employeeHireDate', 'DateTime'),
      ...extensionAttributes,
      attribute(COST_CENTER_EXTENSION, 'String', { caseExact: true }),
      attribute('facsimileTelephoneNumber'),
      attribute('givenName'),
      attribute('IsSoftDeleted', 'Boolean', { mutability: 'ReadOnly' }),
      attribute('jobTitle'),
      attribute('mail'),
      attribute('mailNickname'),
      attribute('manager', 'Reference', { references: ['User'] }),
      attribute('mobile'),
      attribute('originalUserPrincipalName', 'String', { mutability: 'ReadOnly' }),
      attribute('otherMails', 'String', { multivalued: true }),
      attribute('physicalDeliveryOfficeName'),
      attribute('postalCode'),
      attribute('preferredLanguage'),
      attribute('proxyAddresses', 'String', { multivalued: true }),
      attribute('state'),
      attribute('streetAddress'),
      attribute('surname'),
      attribute('telephoneNumber'),
      attribute('usageLocation'),
      attribute('userPrincipalName'),
    ],
    SOFT_DELETE_METADATA,
  );
  const group = objectDefinition(
    'Group',
    [
      attribute('objectId', 'String', { anchor: true, mutability: 'ReadOnly' }),
      attribute('appRoleAssignments', 'String', { multivalued: true, mutability: 'ReadOnly' }),
      attribute('description'),
      attribute('displayName'),
      attribute('IsSoftDeleted', 'Boolean', { mutability: 'ReadOnly' }),
      attribute('mail'),
      attribute('mailEnabled', 'Boolean'),
      attribute('mailNickname'),
      attribute('members', 'Reference', { multivalued: true, references: ['User', 'Group'] }),
      attribute('securityEnabled', 'Boolean'),
    ],
    SOFT_DELETE_METADATA,
  );
  return {
    discoverabilities: 'None',
    discoveryDateTime: null,
    id: AAD_DIRECTORY_ID,
    name: AAD_DIRECTORY_NAME,
    objects: [user, group],
    readOnly: false,
    version: null,
  };
}
