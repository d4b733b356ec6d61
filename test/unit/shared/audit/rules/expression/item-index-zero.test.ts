import { describe, expect, it } from 'vitest';
import { itemIndexZeroRule as rule } from '../../../../../../shared/audit/rules/expression/item-index-zero';
import { finding, lint, replace } from '../../fixtures';

describe('item-index-zero', () => {
  it('fires on Item(…, 0)', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Item([proxyAddresses], 0)') })).toEqual([finding(rule, { mappingIndex: 2, targetAttributeName: 'name.givenName', start: 23, end: 24, message: 'name.givenName: Item(…, 0) is out of range (the index is 1-based).' })]);
  });

  it('stays quiet on Item(…, 1)', () => {
    expect(lint(rule, { user: replace('name.givenName', 'Item([proxyAddresses], 1)') })).toEqual([]);
  });
});
