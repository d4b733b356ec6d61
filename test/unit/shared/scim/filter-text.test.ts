import { describe, expect, it } from 'vitest';
import { normalizeFilterText } from '../../../../shared/scim/filter-text';

describe('SCIM filter text normalisation', () => {
  it('moves a value path’s sub-attribute comparison inside the brackets', () => {
    expect(normalizeFilterText('emails[type eq "work"].value eq "x"')).toBe('emails[( type eq "work" ) and value eq "x"]');
  });

  it('leaves bare comparison values unquoted, so the parser refuses them (issue 15)', () => {
    expect(normalizeFilterText('externalId eq jyoung')).toBe('externalId eq jyoung');
    expect(normalizeFilterText('active eq true and x gt 5')).toBe('active eq true and x gt 5');
  });

  it('leaves brackets, parentheses and escaped quotes inside strings alone', () => {
    expect(normalizeFilterText('userName eq "a ] b (c) \\"d\\""')).toBe('userName eq "a ] b (c) \\"d\\""');
  });

  it('returns null for an unterminated string', () => {
    expect(normalizeFilterText('userName eq "abc')).toBeNull();
  });
});
