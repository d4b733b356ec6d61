import { describe, expect, it } from 'vitest';
import { primaryKeyTargetRule as rule } from '../../../../../../shared/audit/rules/mapping/primary-key-target';
import { finding, GOOD_USER, lint } from '../../fixtures';

describe('primary-key-target', () => {
  it("fires on a mapping to the target's id", () => {
    expect(lint(rule, { user: [...GOOD_USER, { target: 'id', source: '[objectId]' }] })).toEqual([finding(rule, { mappingIndex: 5, targetAttributeName: 'id', message: 'The target primary key id must not be a target attribute.' })]);
  });

  it('stays quiet when nothing is mapped to id', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
