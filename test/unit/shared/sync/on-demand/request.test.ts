import { describe, expect, it } from 'vitest';
import type { SynchronizationRule } from '../../../../../shared/graph/synchronization';
import { isOAuthAuthorizedApp, onDemandRule, provisionOnDemandBody, refusalOf } from '../../../../../shared/sync/on-demand';

const rule = (id: string, name: string, sourceDirectoryName?: string): SynchronizationRule => ({ id, name, metadata: [], objectMappings: [], ...(sourceDirectoryName ? { sourceDirectoryName } : {}) });

describe('onDemandRule', () => {
  it('takes the outbound rule whose source is Entra ID', () => {
    const rules = [rule('in', 'USER_INBOUND_USER', 'salesforce.com'), rule('out', 'USER_OUTBOUND_USER', 'Azure Active Directory')];
    expect(onDemandRule({ synchronizationRules: rules }).id).toBe('out');
  });

  it('takes the only rule when the source directory is not named', () => {
    expect(onDemandRule({ synchronizationRules: [rule('only', 'X')] }).id).toBe('only');
  });

  it('says why there is no rule id', () => {
    expect(() => onDemandRule({ synchronizationRules: [] })).toThrow("The job's schema has no synchronization rule, so there is no ruleId for provision on demand. Read the app again from Microsoft Graph.");
    expect(() => onDemandRule({ synchronizationRules: [rule('a', 'A', 'Workday'), rule('b', 'B', 'SAP')] })).toThrow(
      "None of the job's 2 synchronization rules has Microsoft Entra ID as its source, so provision on demand cannot be asked for this app.",
    );
  });
});

describe('provisionOnDemandBody', () => {
  it('builds the documented user and group requests', () => {
    expect(provisionOnDemandBody('r1', { kind: 'User', id: 'u1' })).toEqual({ parameters: [{ ruleId: 'r1', subjects: [{ objectId: 'u1', objectTypeName: 'User' }] }] });
    expect(provisionOnDemandBody('r1', { kind: 'Group', id: 'g1', memberIds: ['u1', 'u2'] })).toEqual({
      parameters: [{ ruleId: 'r1', subjects: [{ objectId: 'g1', objectTypeName: 'Group', links: { members: [{ objectId: 'u1', objectTypeName: 'User' }, { objectId: 'u2', objectTypeName: 'User' }] } }] }],
    });
    expect(() => provisionOnDemandBody(' ', { kind: 'User', id: 'u1' })).toThrow('The ruleId is empty; Entra would answer RequestParameterInvalid.');
  });
});

describe('refusalOf', () => {
  const user = { kind: 'User' as const, id: 'u1' };
  it('refuses more than five members, nested groups and deletes, and lets the rest through', () => {
    expect(refusalOf({ subject: { kind: 'Group', id: 'g', memberIds: ['1', '2', '3', '4', '5', '6'] }, members: [], predictedActions: [] })).toBe(
      'Provision on demand takes a group with at most 5 members; 6 were picked. Pick 5 or fewer.',
    );
    expect(refusalOf({ subject: { kind: 'Group', id: 'g', memberIds: ['n'] }, members: [{ id: 'n', displayName: 'Nested team', nested: true }], predictedActions: [] })).toBe(
      'Provision on demand does not support nested groups: Nested team is a group inside this group. Pick users who are direct members.',
    );
    expect(refusalOf({ subject: user, members: [], predictedActions: [{ object: 'ann@contoso.com', action: 'delete' }] })).toBe(
      'Provision on demand does not support deletes, and our prediction is that ann@contoso.com would be deleted. Use trial sync to see the delete, or let the regular cycle do it.',
    );
    expect(refusalOf({ subject: user, members: [], predictedActions: [{ object: 'ann@contoso.com', action: 'create' }] })).toBeNull();
  });
});

describe('isOAuthAuthorizedApp', () => {
  it('recognises the OAuth-authorised gallery apps by template or name', () => {
    expect(['gsuite', 'Slack', 'Box', 'Workplace from Meta', 'Google Cloud / G Suite Connector by Microsoft'].map((name) => isOAuthAuthorizedApp(null, name))).toEqual([true, true, true, true, true]);
    expect(isOAuthAuthorizedApp('howspace', 'Howspace')).toBe(false);
    expect(isOAuthAuthorizedApp('slack', null)).toBe(true);
  });
});
