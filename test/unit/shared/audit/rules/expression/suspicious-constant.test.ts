import { describe, expect, it } from 'vitest';
import { suspiciousConstantRule as rule } from '../../../../../../shared/audit/rules/expression/suspicious-constant';
import { finding, lint, replace } from '../../fixtures';

describe('suspicious-constant', () => {
  it('fires on a single backslash in a constant', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Replace([givenName], , "\\d+", , "", , )') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 23, end: 28, message: 'name.givenName: single backslash in a constant (only \\" and \\\\ are escapes; a regex \\d must be written \\\\d).' })]);
  });

  it('fires on typographic quotes in a constant', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Append([givenName], "\u201Cx\u201D")') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 20, end: 25, message: 'name.givenName: the constant contains typographic quotes.' })]);
  });

  it('stays quiet on an escaped backslash', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Replace([givenName], , "\\\\d+", , "", , )') })).toEqual([]);
  });
});
