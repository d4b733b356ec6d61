import { describe, expect, it } from 'vitest';
import { switchOnPresenceRule as rule } from '../../../../../../shared/audit/rules/expression/switch-on-presence';
import { finding, lint, replace } from '../../fixtures';

describe('switch-on-presence', () => {
  it('fires on IsPresent as the Switch source', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Switch(IsPresent([givenName]), "x", "True", [givenName])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 7, end: 29, message: "name.givenName: Switch's source is IsPresent(…), which the documentation warns against." })]);
  });

  it('stays quiet on a Switch over the attribute itself', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Switch([givenName], "x", "", "y")') })).toEqual([]);
  });
});
