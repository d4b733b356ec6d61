import { describe, expect, it } from 'vitest';
import { matchingPrecedenceDuplicateRule as rule } from '../../../../../../shared/audit/rules/mapping/matching-precedence-duplicate';
import { finding, lint, replace } from '../../fixtures';

describe('matching-precedence-duplicate', () => {
  it('fires on the second matching attribute with the same precedence', () => {
    expect(lint(rule, { user: replace('externalId', '[mailNickname]', { matchingPriority: 1 }) })).toEqual([finding(rule, { mappingIndex: 4, targetAttributeName: 'externalId', message: 'externalId and userName both have matching precedence 1.' })]);
  });

  it('stays quiet when each matching attribute has its own precedence', () => {
    expect(lint(rule, { user: replace('externalId', '[mailNickname]', { matchingPriority: 2 }) })).toEqual([]);
  });
});
