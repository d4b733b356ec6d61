import { describe, expect, it } from 'vitest';
import { scopingRegexLooseRule as rule } from '../../../../../../shared/audit/rules/scoping/scoping-regex-loose';
import { finding, lint, scopeWith } from '../../fixtures';

describe('scoping-regex-loose', () => {
  it('fires on an unanchored pattern', () => {
    expect(lint(rule, { scope: scopeWith('mail', 'REGEX MATCH', ['.*@contoso\\.com']) })).toEqual([finding(rule, { message: 'Scoping filter "g": mail REGEX MATCH ".*@contoso\\.com": the pattern .*@contoso\\.com is not anchored, so it also matches longer values.' })]);
  });

  it('fires on an unescaped dot in an anchored pattern', () => {
    expect(lint(rule, { scope: scopeWith('mail', 'REGEX MATCH', ['^.*@contoso.com$']) })).toEqual([finding(rule, { message: 'Scoping filter "g": mail REGEX MATCH "^.*@contoso.com$": the pattern ^.*@contoso.com$ has an unescaped dot, which matches any character.' })]);
  });

  it('stays quiet on an anchored pattern with escaped dots', () => {
    expect(lint(rule, { scope: scopeWith('mail', 'REGEX MATCH', ['^.*@contoso\\.com$']) })).toEqual([]);
  });
});
