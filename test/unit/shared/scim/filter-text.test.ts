import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../shared/scim/filter';
import { normalizeFilterText } from '../../../../shared/scim/filter-text';
import { profileById } from '../../../../shared/scim/profiles';
import { ScimError } from '../../../../shared/scim/scim-error';

const users = profileById('generic')!.resources.User;

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

describe('compileFilter', () => {
  it('resolves a value path with sub-attribute into one element condition', () => {
    const f = compileFilter(users, 'emails[type eq "work"].value eq "x"');
    expect(f.kind).toBe('any');
    if (f.kind !== 'any') return;
    expect(f.filter.kind).toBe('and');
  });

  it('treats a filter on a multi-valued attribute without brackets as "any element"', () => {
    const f = compileFilter(users, 'emails.value co "contoso"');
    expect(f).toMatchObject({ kind: 'any', filter: { kind: 'compare', op: 'co', value: 'contoso' } });
  });

  it('resolves extension URNs and attribute names in any case', () => {
    expect(compileFilter(users, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:DEPARTMENT eq "x"')).toMatchObject({
      kind: 'compare',
      attr: { schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', extension: true, attribute: { name: 'department' } },
    });
  });

  it("compares a single-valued complex attribute by its value (Entra's manager probe)", () => {
    expect(compileFilter(users, 'manager eq "m-1"')).toMatchObject({ kind: 'compare', op: 'eq', value: 'm-1', attr: { attribute: { name: 'manager' }, sub: { name: 'value' } } });
  });

  it('throws invalidFilter for syntax errors and unknown attributes', () => {
    for (const bad of ['userName eq', 'nope eq "x"', '(a eq "b"', '']) {
      try {
        compileFilter(users, bad);
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ScimError);
        expect((error as ScimError).scimType).toBe('invalidFilter');
      }
    }
  });
});
