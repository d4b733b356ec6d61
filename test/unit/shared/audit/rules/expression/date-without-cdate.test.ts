import { describe, expect, it } from 'vitest';
import { dateWithoutCdateRule as rule } from '../../../../../../shared/audit/rules/expression/date-without-cdate';
import { finding, lint, replace } from '../../fixtures';

describe('date-without-cdate', () => {
  it('fires on text passed to DateAdd as its date', () => {
    expect(lint(rule, { user: replace('name.givenName', 'DateAdd("d", 1, [employeeId])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 16, end: 28, message: 'name.givenName: DateAdd expects a DateTime here; this argument is text.' })]);
  });

  it('stays quiet when the date is converted with CDate', () => {
    expect(lint(rule, { user: replace('name.givenName', 'DateAdd("d", 1, CDate([employeeId]))') })).toEqual([]);
  });
});
