import { describe, expect, it } from 'vitest';
import { highlightExpression } from '../../../../../renderer/src/features/mappings/highlightExpression';

describe('highlightExpression', () => {
  it('tells functions, attributes and constants apart', () => {
    const tokens = highlightExpression('Join("@", [mailNickname], "contoso.com")');
    expect(tokens.filter((token) => token.kind !== 'text' && token.kind !== 'punctuation')).toEqual([
      { kind: 'function', text: 'Join' },
      { kind: 'string', text: '"@"' },
      { kind: 'attribute', text: '[mailNickname]' },
      { kind: 'string', text: '"contoso.com"' },
    ]);
  });

  it('keeps escaped quotes inside one constant', () => {
    expect(highlightExpression('"Company: \\"Contoso\\""')).toEqual([{ kind: 'string', text: '"Company: \\"Contoso\\""' }]);
  });

  it('loses no characters, even on malformed input', () => {
    for (const input of ['Not([IsSoftDeleted])', 'IIF([a]="x", 1, &HF)', 'Foo([unclosed', '"open']) {
      expect(
        highlightExpression(input)
          .map((token) => token.text)
          .join(''),
      ).toBe(input);
    }
  });
});
