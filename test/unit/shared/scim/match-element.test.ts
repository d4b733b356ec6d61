import { describe, expect, it } from 'vitest';
import { resolveFilter, parseFilter, type ResolvedFilter } from '../../../../shared/scim/filter';
import { matchesElement, templateOf } from '../../../../shared/scim/match-element';
import { resolveAttribute } from '../../../../shared/scim/attribute-paths';
import { USERS } from './scim-fixture';

const emails = resolveAttribute(USERS, 'emails')!;
/** A value filter inside `emails[…]`, as a PATCH path resolves it. */
const valueFilter = (text: string): ResolvedFilter => resolveFilter(USERS, parseFilter(text), 0, emails, false);
const work = { type: 'Work', value: 'A@Contoso.com', primary: true };

describe('matchesElement', () => {
  it('compares strings case-insensitively unless the sub-attribute is caseExact', () => {
    expect(matchesElement(valueFilter('type eq "work"'), work)).toBe(true);
    expect(matchesElement(valueFilter('value ew "contoso.com"'), work)).toBe(true);
    expect(matchesElement(valueFilter('value sw "b"'), work)).toBe(false);
  });

  it('combines and, or and not', () => {
    expect(matchesElement(valueFilter('type eq "work" and not (value co "fabrikam")'), work)).toBe(true);
    expect(matchesElement(valueFilter('type eq "home" or primary eq false'), work)).toBe(false);
  });

  it('tests presence: an empty string is not present', () => {
    expect(matchesElement(valueFilter('value pr'), work)).toBe(true);
    expect(matchesElement(valueFilter('value pr'), { type: 'work', value: '' })).toBe(false);
  });

  it('treats a missing value as matching only eq null and ne with a value', () => {
    expect(matchesElement(valueFilter('display eq null'), work)).toBe(true);
    expect(matchesElement(valueFilter('display ne "x"'), work)).toBe(true);
    expect(matchesElement(valueFilter('display eq "x"'), work)).toBe(false);
  });
});

describe('templateOf', () => {
  it('turns eq conditions joined by and into the element they describe', () => {
    expect(templateOf(valueFilter('type eq "work" and primary eq true'))).toEqual({ type: 'work', primary: true });
  });

  it('returns null when the filter does not pin every value down', () => {
    expect(templateOf(valueFilter('type eq "work" or type eq "home"'))).toBeNull();
    expect(templateOf(valueFilter('type eq "work" and value pr'))).toBeNull();
  });
});
