import { describe, expect, it } from 'vitest';
import { switchOnReferenceRule as rule } from '../../../../../../shared/audit/rules/expression/switch-on-reference';
import { finding, lint, replace } from '../../fixtures';

describe('switch-on-reference', () => {
  it('fires on a Switch over [manager]', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Switch([manager], "x", "a", "b")') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 7, end: 16, message: 'name.givenName: Switch on the reference attribute [manager].' })]);
  });

  it('stays quiet on a Switch over a text attribute', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Switch([department], "x", "a", "b")') })).toEqual([]);
  });
});
