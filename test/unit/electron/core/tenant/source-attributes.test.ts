import { describe, expect, it } from 'vitest';
import type { SynchronizationSchema } from '../../../../../shared/graph/synchronization';
import { BASE_USER_FIELDS, userQueryFields } from '../../../../../electron/core/tenant/source-attributes';

const schema = (sources: unknown[], clauses: string[] = []): SynchronizationSchema =>
  ({
    directories: [],
    synchronizationRules: [
      {
        id: 'r',
        name: 'USER_OUTBOUND_USER',
        metadata: [],
        objectMappings: [
          {
            name: 'users',
            enabled: true,
            sourceObjectName: 'User',
            targetObjectName: 'urn:ietf:params:scim:schemas:core:2.0:User',
            metadata: [],
            scope: { groups: [{ name: 'g', clauses: clauses.map((name) => ({ sourceOperandName: name, operatorName: 'EQUALS', targetOperand: { values: ['x'] } })) }] },
            attributeMappings: sources.map((source, i) => ({ targetAttributeName: `t${i}`, source, matchingPriority: 0, flowType: 'Always' })),
          },
        ],
      },
    ],
  }) as unknown as SynchronizationSchema;

describe('userQueryFields', () => {
  it('selects what the mappings read, translating Entra names to Graph properties', () => {
    const fields = userQueryFields([
      schema(
        [
          { type: 'Attribute', name: 'mobile', parameters: [] },
          { type: 'Function', name: 'Join', parameters: [{ key: 'source', value: { type: 'Attribute', name: 'extension_8f3c_costCenter', parameters: [] } }] },
          { type: 'Attribute', name: 'extensionAttribute3', parameters: [] },
          { type: 'Attribute', name: 'manager', parameters: [] },
          { type: 'Attribute', name: 'objectId', parameters: [] },
        ],
        ['department'],
      ),
    ]);
    expect(fields.expandManager).toBe(true);
    expect(fields.select).toEqual(expect.arrayContaining([...BASE_USER_FIELDS, 'mobilePhone', 'extension_8f3c_costCenter', 'onPremisesExtensionAttributes', 'department']));
    expect(fields.select).not.toContain('manager');
    expect(fields.select).not.toContain('objectId');
  });

  it('never puts a name with URL syntax into $select', () => {
    const fields = userQueryFields([schema([{ type: 'Attribute', name: 'x&$expand=y', parameters: [] }])]);
    expect(fields.select.join(',')).not.toContain('&');
  });
});

describe('graphPropertyFor', () => {
  it('says why Graph cannot return a name, and passes names it can', async () => {
    const { graphPropertyFor } = await import('../../../../../electron/core/tenant/source-attributes');
    expect(graphPropertyFor('departmnet')).toEqual({ unreadable: 'not a Microsoft Graph user property (a typo, or a name only Entra provisioning knows)' });
    expect(graphPropertyFor('Department')).toEqual({ property: 'department' });
    expect(graphPropertyFor('appRoleAssignments')).toEqual({ computed: true });
    expect(graphPropertyFor('extension_0123456789abcdef0123456789abcdef_x', { extensions: new Set() })).toEqual({ unreadable: 'not a directory extension registered in this tenant (the app that defined it may have been deleted)' });
    expect(graphPropertyFor('jobTitle', { rejected: new Set(['jobtitle']) })).toEqual({ unreadable: 'Microsoft Graph answered that this user property does not exist' });
  });
});
