import { describe, expect, it } from 'vitest';
import { formatDatetimeEagerRule as rule } from '../../../../../../shared/audit/rules/expression/format-datetime-eager';
import { finding, lint, replace } from '../../fixtures';

describe('format-datetime-eager', () => {
  it('fires on FormatDateTime inside an IIF branch', () => {
    expect(lint(rule, { user: replace('name.givenName', 'IIF([givenName] = "x", FormatDateTime([givenName], , "yyyy", "yy"), "")') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 23, end: 66, message: 'name.givenName: FormatDateTime inside an IIF branch still runs for every object.' })]);
  });

  it('stays quiet on FormatDateTime outside IIF', () => {
    expect(lint(rule, { user: replace('name.givenName', 'FormatDateTime([givenName], , "yyyy", "yy")') })).toEqual([]);
  });
});
