import { describe, expect, it } from 'vitest';
import { groupSchema } from '../../../../shared/graph/group';
import { organizationSchema } from '../../../../shared/graph/organization';
import { appRoleAssignmentSchema, servicePrincipalSchema } from '../../../../shared/graph/service-principal';
import { attributeDefinitionSchema, attributeMappingSchema, synchronizationJobSchema } from '../../../../shared/graph/synchronization';
import { userSchema } from '../../../../shared/graph/user';

/** What Graph (or a proxy, an export, IEEE754-compatible OData) is known to send besides its documented shapes. */
describe('Graph schemas read liberally', () => {
  it('reads Int64 counts sent as strings and "" dates as null', () => {
    const job = synchronizationJobSchema.parse({
      id: 'j1', templateId: 'scim',
      schedule: { interval: 'PT40M', state: 'Active', expiration: '' },
      status: { code: 'Active', countSuccessiveCompleteFailures: '2', synchronizedEntryCountByType: [{ key: 'User', value: '9007199254740' }], steadyStateLastAchievedTime: '',
        lastExecution: { state: 'Succeeded', countExported: '12', timeBegan: '' } },
      synchronizationJobSettings: [{ name: 'SyncAll', value: false }],
    });
    expect(job.status.synchronizedEntryCountByType).toEqual([{ key: 'User', value: 9007199254740 }]);
    expect(job.status.countSuccessiveCompleteFailures).toBe(2);
    expect(job.status.lastExecution?.countExported).toBe(12);
    expect(job.status.lastExecution?.timeBegan).toBeNull();
    expect(job.status.steadyStateLastAchievedTime).toBeNull();
    expect(job.schedule.expiration).toBeNull();
    expect(job.synchronizationJobSettings).toEqual([{ name: 'SyncAll', value: 'false' }]);
  });

  it('keeps a count it cannot read as raw and reads it as 0', () => {
    const job = synchronizationJobSchema.parse({ id: 'j1', templateId: 't', schedule: { interval: 'PT40M', state: 'Active' }, status: { code: 'Active', synchronizedEntryCountByType: [{ key: 'User', value: 'many' }] } });
    expect(job.status.synchronizedEntryCountByType).toEqual([{ key: 'User', value: 0, '@pwb.raw': { value: 'many' } }]);
  });

  it('reads unknown schedule states, a missing schedule and unknown flow types without failing', () => {
    const job = synchronizationJobSchema.parse({ id: 'j1', templateId: null, schedule: { interval: 'PT40M', state: 'Throttled' }, status: { code: 'active' } });
    expect(job.schedule).toEqual({ interval: 'PT40M', state: 'unknownFutureValue', '@pwb.raw': { state: 'Throttled' } });
    expect(job.status.code).toBe('Active');
    expect(job.templateId).toBe('');
    const bare = synchronizationJobSchema.parse({ id: 'j2' });
    expect(bare.schedule).toEqual({ interval: 'P10675199DT2H48M5.4775807S', state: 'Disabled' });
    expect(bare.status.code).toBe('NotConfigured');
    const mapping = attributeMappingSchema.parse({ targetAttributeName: 'userName', matchingPriority: '1', flowType: 'SomethingNew', flowBehavior: 'Later', source: { type: 'attribute', name: 'userPrincipalName', parameters: null } });
    expect(mapping).toMatchObject({ matchingPriority: 1, flowType: 'Always', '@pwb.raw': { flowType: 'SomethingNew', flowBehavior: 'Later' }, source: { type: 'Attribute', parameters: [] } });
    expect(mapping.flowBehavior).toBeUndefined();
    const definition = attributeDefinitionSchema.parse({ name: 'x', type: 'Decimal', required: 'True', mutability: 'Sometimes' });
    expect(definition).toMatchObject({ type: 'String', required: true, '@pwb.raw': { type: 'Decimal', mutability: 'Sometimes' } });
  });

  it('reads an organization whose verified domains leave out isInitial', () => {
    const org = organizationSchema.parse({ id: 't1', displayName: 'Fabrikam', verifiedDomains: [{ name: 'fabrikam.com', isDefault: 'true' }], createdDateTime: '' });
    expect(org.verifiedDomains).toEqual([{ name: 'fabrikam.com', isDefault: true, isInitial: false }]);
    expect(org.createdDateTime).toBeNull();
  });

  it('reads users, groups and apps with strings for booleans, numbers for strings, nulls for lists', () => {
    expect(userSchema.parse({ id: 'u1', userPrincipalName: 'a@b.c', accountEnabled: 'false', employeeId: 1234, businessPhones: null, extra: { kept: true } }))
      .toEqual({ id: 'u1', userPrincipalName: 'a@b.c', accountEnabled: false, employeeId: '1234', extra: { kept: true } });
    expect(groupSchema.parse({ id: 'g1', securityEnabled: 'True', members: [{ id: 'hidden' }] }).members).toEqual([{ '@odata.type': '#microsoft.graph.directoryObject', id: 'hidden' }]);
    const sp = servicePrincipalSchema.parse({ id: 's1', appId: 'a1', tags: null, appRoles: [{ id: 'r1', allowedMemberTypes: null, isEnabled: 'true' }] });
    expect(sp.appRoles).toEqual([{ id: 'r1', allowedMemberTypes: [], isEnabled: true }]);
    expect(appRoleAssignmentSchema.parse({ id: 'a', appRoleId: 'r', principalId: 'p', principalType: 'group', resourceId: 's' }).principalType).toBe('Group');
  });
});
