import { describe, expect, it } from 'vitest';
import { requiredTargetUnmappedRule as rule } from '../../../../../../shared/audit/rules/mapping/required-target-unmapped';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('required-target-unmapped', () => {
  it('fires when the required userName has no mapping', () => {
    expect(lint(rule, { user: GOOD_USER.filter((m) => m.target !== 'userName').map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : m)) })).toEqual([finding(rule, { targetAttributeName: 'userName', message: 'userName is required by the target but no mapping provides it.' })]);
  });

  it('stays quiet when every required attribute is mapped', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
