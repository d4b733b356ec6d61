import { describe, expect, it } from 'vitest';
import { undocumentedFunctionRule as rule } from '../../../../../../shared/audit/rules/expression/undocumented-function';
import { finding, lint, replace } from '../../fixtures';

describe('undocumented-function', () => {
  it('fires on a function missing from the function reference', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Trim([givenName])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 0, end: 4, message: 'name.givenName: Trim is documented only for Cloud Sync.' })]);
  });

  it('stays quiet on documented functions', () => {
    expect(lint(rule, { user: replace('name.givenName', 'ToUpper([givenName])') })).toEqual([]);
  });
});
