import { describe, expect, it } from 'vitest';
import { typeMismatchRule as rule } from '../../../../../../shared/audit/rules/mapping/type-mismatch';
import { finding, GOOD_USER, lint, replace } from '../../fixtures';

describe('type-mismatch', () => {
  it('fires on a reference target mapped from text', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: '[displayName]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', message: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager (Reference) is mapped from [displayName] (String).' })]);
  });

  it('fires on a single-valued target mapped from a multi-valued source', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'displayName', source: '[proxyAddresses]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'displayName', message: 'displayName is single-valued but [proxyAddresses] is multi-valued; use Item or Join.' })]);
  });

  it('fires on a Boolean target mapped from text', () => {
    expect(lint(rule, { user: replace('active', '[displayName]') })).toEqual([finding(rule, { mappingIndex: 1, targetAttributeName: 'active', message: 'active is Boolean but [displayName] is String.' })]);
  });

  it('stays quiet on a reference mapped from a reference', () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: '[manager]' }] })).toEqual([]);
  });
});
