import { describe, expect, it } from 'vitest';
import { targetUnknownToProfileRule as rule } from '../../../../../../shared/audit/rules/profile/target-unknown-to-profile';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('target-unknown-to-profile', () => {
  it("fires on a target attribute the vendor's schema lacks", () => {
    expect(lint(rule, { profileId: 'howspace', user: [...GOOD_USER, { target: 'title', source: '[jobTitle]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'title', message: 'Howspace has no title attribute for users; the value is ignored or rejected.' })]);
  });

  it("stays quiet when every target is in the vendor's schema", () => {
    expect(lint(rule, { profileId: 'howspace' })).toEqual([]);
  });
});
