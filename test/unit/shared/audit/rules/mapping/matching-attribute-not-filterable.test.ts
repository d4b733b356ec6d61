import { describe, expect, it } from 'vitest';
import { matchingAttributeNotFilterableRule as rule } from '../../../../../../shared/audit/rules/mapping/matching-attribute-not-filterable';
import { finding, lint, replace } from '../../fixtures';

describe('matching-attribute-not-filterable', () => {
  it('fires when the vendor cannot filter on the matching attribute', () => {
    expect(lint(rule, { profileId: 'howspace', user: replace('userName', '[userPrincipalName]', { matchingPriority: 0 }).map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : m)) })).toEqual([finding(rule, { mappingIndex: 4, targetAttributeName: 'externalId', message: 'Howspace cannot filter on externalId, so matching on it finds nothing.' })]);
  });

  it('stays quiet when the vendor can filter on the matching attribute', () => {
    expect(lint(rule, { profileId: 'howspace' })).toEqual([]);
  });

  it('stays quiet without a vendor profile', () => {
    expect(lint(rule, { user: replace('userName', '[userPrincipalName]', { matchingPriority: 0 }).map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : m)) })).toEqual([]);
  });
});
