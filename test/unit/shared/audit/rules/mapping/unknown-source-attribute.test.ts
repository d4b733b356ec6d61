import { describe, expect, it } from 'vitest';
import { unknownSourceAttributeRule as rule } from '../../../../../../shared/audit/rules/mapping/unknown-source-attribute';
import { finding, lint, replace } from '../../fixtures';

describe('unknown-source-attribute', () => {
  it('points at the unknown attribute and suggests the closest name', () => {
    expect(lint(rule, { user: replace('name.givenName', 'ToUpper([givenNmae])') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 8, end: 19, message: 'name.givenName: [givenNmae] is not an attribute of the source User — did you mean [givenName]?; it always evaluates to null.', fixHint: 'Replace [givenNmae] with [givenName].' })]);
  });

  it('explains a known attribute that Microsoft Graph cannot return', () => {
    expect(lint(rule, { graphUnreadableSources: new Map([['givenName', 'not returned by the beta endpoint']]) })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 0, end: 11, message: 'name.givenName: Microsoft Graph cannot return [givenName] (not returned by the beta endpoint), so the tenant read left it out and it evaluates to null here.', fixHint: 'Check that [givenName] still exists in the tenant, or map another attribute.' })]);
  });

  it('stays quiet when every source attribute exists', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
