import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../../../shared/snapshot/schema';

/** A small but complete snapshot as plain JSON data; tests break it in specific places. */
type Loose = Record<string, unknown>;

/** The fixture's shape, loose enough for tests to break it anywhere. */
export interface SnapshotData extends Loose {
  users: Loose[];
  groups: (Loose & { members: Loose[] })[];
  servicePrincipals: (Loose & {
    appRoleAssignedTo: Loose[];
    synchronization: Loose & { jobs: (Loose & { schema: Loose & { synchronizationRules: Loose[] } })[] };
  })[];
  provisioningLogs: Loose[];
}

export function validSnapshotData(): SnapshotData {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: '2025-06-15T12:00:00.000Z',
    source: { kind: 'file', description: 'test fixture' },
    tenant: {
      id: 't1',
      displayName: 'Contoso',
      verifiedDomains: [{ name: 'contoso.com', isDefault: true, isInitial: false }],
    },
    users: [
      { id: 'u-boss', userPrincipalName: 'boss@contoso.com', displayName: 'Boss', accountEnabled: true },
      {
        id: 'u-asa',
        userPrincipalName: 'asa.oberg@contoso.com',
        displayName: 'Åsa Öberg',
        mail: null,
        manager: { id: 'u-boss', displayName: 'Boss' },
        extension_8f3c2a1b9d4e4f7a8b6c5d4e3f2a1b0c_costCenter: 'CC-2100',
      },
    ],
    groups: [
      {
        id: 'g-sales',
        displayName: 'Sales',
        securityEnabled: true,
        members: [
          { '@odata.type': '#microsoft.graph.user', id: 'u-asa', displayName: 'Åsa Öberg' },
          { '@odata.type': '#microsoft.graph.group', id: 'g-nordics', displayName: 'Sales - Nordics' },
        ],
      },
      { id: 'g-nordics', displayName: 'Sales - Nordics', securityEnabled: true, members: [] },
    ],
    servicePrincipals: [
      {
        id: 'sp-1',
        appId: 'app-1',
        displayName: 'Howspace',
        tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
        appRoles: [{ id: 'role-user', allowedMemberTypes: ['User'], displayName: 'User', isEnabled: true, value: null }],
        appRoleAssignedTo: [
          { id: 'a-1', appRoleId: 'role-user', principalId: 'g-sales', principalType: 'Group', resourceId: 'sp-1' },
          { id: 'a-2', appRoleId: '00000000-0000-0000-0000-000000000000', principalId: 'u-boss', principalType: 'User', resourceId: 'sp-1' },
        ],
        synchronization: {
          jobs: [
            {
              id: 'howspace.t1.job',
              templateId: 'howspace',
              schedule: { expiration: null, interval: 'PT40M', state: 'Active' },
              status: { code: 'Active', quarantine: null },
              synchronizationJobSettings: [],
              schema: {
                directories: [
                  { id: 'd-aad', name: 'Azure Active Directory', objects: [{ name: 'User', attributes: [{ name: 'mail', type: 'String' }] }] },
                  { id: 'd-howspace', name: 'Howspace', objects: [{ name: 'User', attributes: [{ name: 'userName', type: 'String', required: true }] }] },
                ],
                synchronizationRules: [
                  {
                    id: 'rule-1',
                    name: 'USER_OUTBOUND_USER',
                    sourceDirectoryName: 'Azure Active Directory',
                    targetDirectoryName: 'Howspace',
                    objectMappings: [
                      {
                        name: 'Users',
                        enabled: true,
                        sourceObjectName: 'User',
                        targetObjectName: 'User',
                        attributeMappings: [
                          {
                            targetAttributeName: 'userName',
                            matchingPriority: 1,
                            source: { expression: '[mail]', name: 'mail', type: 'Attribute', parameters: [] },
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            },
          ],
          templates: [{ id: 'howspace', factoryTag: 'howspace' }],
        },
      },
    ],
    provisioningLogs: [
      {
        id: 'log-1',
        activityDateTime: '2025-06-15T11:00:00Z',
        provisioningAction: 'update',
        provisioningStatusInfo: { status: 'success', errorInformation: null },
        provisioningSteps: [],
        modifiedProperties: [],
      },
    ],
  };
}
