import { describe, expect, it } from 'vitest';
import { selectUniqueValueMisuseRule as rule } from '../../../../../../shared/audit/rules/mapping/select-unique-value-misuse';
import { finding, lint, replace } from '../../fixtures';

describe('select-unique-value-misuse', () => {
  it('fires on SelectUniqueValue in a SCIM app and lists every reason', () => {
    expect(lint(rule, { user: replace('externalId', 'SelectUniqueValue([mail], [userPrincipalName])') })).toEqual([finding(rule, { mappingIndex: 4, targetAttributeName: 'externalId', start: 0, end: 46, message: 'externalId: SelectUniqueValue is unsupported here: it is not "Only during object creation"; this is a SCIM app, not an Active Directory target.' })]);
  });

  it('stays quiet without SelectUniqueValue', () => {
    expect(lint(rule, {})).toEqual([]);
  });
});
