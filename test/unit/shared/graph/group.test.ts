import { describe, expect, it } from 'vitest';
import { ODATA_TYPE_GROUP, ODATA_TYPE_USER, directoryObjectRefSchema, groupSchema } from '../../../../shared/graph/group';

describe('groupSchema and directoryObjectRefSchema', () => {
  const group = {
    id: 'g-sales',
    displayName: 'Sales',
    securityEnabled: true,
    mailEnabled: false,
    groupTypes: [],
    members: [
      { '@odata.type': ODATA_TYPE_USER, id: 'u1', displayName: 'Åsa Öberg', userPrincipalName: 'asa.oberg@contoso.com' },
      { '@odata.type': ODATA_TYPE_GROUP, id: 'g-emea', displayName: 'Sales - EMEA' },
      { '@odata.type': '#microsoft.graph.device', id: 'd1', displayName: 'KIOSK-01' },
    ],
  };

  it('accepts direct members of every directory-object type, a nested group included', () => {
    const parsed = groupSchema.parse(group);
    expect(parsed.members.map((member) => member['@odata.type'])).toEqual([ODATA_TYPE_USER, ODATA_TYPE_GROUP, '#microsoft.graph.device']);
  });

  it('reads a group without $expand=members as having no members', () => {
    expect(groupSchema.parse({ id: 'g1', displayName: 'Empty' }).members).toEqual([]);
  });

  it('rejects a member whose @odata.type is not a Graph type', () => {
    const result = directoryObjectRefSchema.safeParse({ '@odata.type': 'user', id: 'u1' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['@odata.type']]);
  });

  it('accepts a dynamic group with its membership rule', () => {
    const parsed = groupSchema.parse({ id: 'g2', displayName: 'All', groupTypes: ['DynamicMembership'], membershipRule: '(user.accountEnabled -eq true)' });
    expect(parsed.membershipRule).toBe('(user.accountEnabled -eq true)');
  });
});
