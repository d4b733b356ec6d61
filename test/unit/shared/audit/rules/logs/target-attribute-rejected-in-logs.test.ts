import { describe, expect, it } from 'vitest';
import { targetAttributeRejectedInLogsRule as rule } from '../../../../../../shared/audit/rules/logs/target-attribute-rejected-in-logs';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('target-attribute-rejected-in-logs', () => {
  it('fires on the mapping whose target the app rejected', () => {
    expect(lint(rule, { rejectedAttributes: [{ attribute: 'name.givenName', errorCode: 'SchemaAttributeNotFound', count: 3, lastSeen: '2026-01-02T00:00:00Z' }] })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', message: "3 provisioning-log record(s) in the last 30 days failed with SchemaAttributeNotFound for 'name.givenName' (latest 2026-01-02): Test app does not accept this attribute." })]);
  });

  it('fires on an extension URN ending in the rejected name', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: '[manager]' }], rejectedAttributes: [{ attribute: 'manager', errorCode: 'SchemaAttributeNotFound', count: 3, lastSeen: '2026-01-02T00:00:00Z' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', message: "3 provisioning-log record(s) in the last 30 days failed with SchemaAttributeNotFound for 'manager' (latest 2026-01-02): Test app does not accept this attribute." })]);
  });

  it('stays quiet when the rejected attribute is not mapped', () => {
    expect(lint(rule, { rejectedAttributes: [{ attribute: 'nickName', errorCode: 'SchemaAttributeNotFound', count: 3, lastSeen: '2026-01-02T00:00:00Z' }] })).toEqual([]);
  });
});
