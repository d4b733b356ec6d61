import { describe, expect, it } from 'vitest';
import { activeNotFromSoftDeleteRule as rule } from '../../../../../../shared/audit/rules/mapping/active-not-from-soft-delete';
import { finding, GOOD_USER, lint, replace } from '../../fixtures';

describe('active-not-from-soft-delete', () => {
  it('fires when active ignores IsSoftDeleted', () => {
    expect(lint(rule, { user: replace('active', '[accountEnabled]') })).toEqual([finding(rule, { mappingIndex: 1, targetAttributeName: 'active', message: 'active is mapped from [accountEnabled], which ignores IsSoftDeleted: unassigned and out-of-scope users stay active in the target.' })]);
  });

  it('fires when nothing is mapped to active', () => {
    expect(lint(rule, { user: GOOD_USER.filter((m) => m.target !== 'active') })).toEqual([finding(rule, { targetAttributeName: 'active', message: 'Nothing is mapped to active, so users removed from the app are never disabled in the target.' })]);
  });

  it('stays quiet when active is Not([IsSoftDeleted])', () => {
    expect(lint(rule, { user: replace('active', 'Not([IsSoftDeleted])') })).toEqual([]);
  });
});
