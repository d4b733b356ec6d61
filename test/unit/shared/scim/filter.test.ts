import { describe, expect, it } from 'vitest';
import { compileFilter, parseFilter } from '../../../../shared/scim/filter';
import { ScimError } from '../../../../shared/scim/scim-error';
import { profileById } from '../../../../shared/vendors';
import { USERS, scimErrorOf } from './scim-fixture';

const users = profileById('generic')!.resources.User;
/** A resolved filter with attributes reduced to their names. */
const shape = (text: string) => JSON.parse(JSON.stringify(compileFilter(USERS, text), (key, value) => (key === 'attribute' || key === 'sub' ? value.name : value)));

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

describe('parseFilter', () => {
  it('refuses a filter over 4096 characters', () => {
    expect(scimErrorOf(() => parseFilter(`userName eq "${'x'.repeat(4100)}"`))).toEqual({ status: 400, scimType: 'invalidFilter', detail: 'The filter is longer than 4096 characters.' });
  });

  it('names an unterminated string', () => {
    expect(scimErrorOf(() => parseFilter('userName eq "abc')).detail).toBe('The filter "userName eq "abc" is not valid: unterminated string or empty filter.');
  });
});

describe('resolveFilter', () => {
  it('resolves and/or/not and pr with their attributes', () => {
    expect(shape('not (userName eq "a") or active eq true and name.givenName pr')).toEqual({
      kind: 'or',
      filters: [
        { kind: 'not', filter: { kind: 'compare', op: 'eq', attr: { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'userName' }, value: 'a' } },
        {
          kind: 'and',
          filters: [
            { kind: 'compare', op: 'eq', attr: { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'active' }, value: true },
            { kind: 'present', attr: { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'name', sub: 'givenName' } },
          ],
        },
      ],
    });
  });

  it('refuses an attribute the profile cannot filter on, listing the ones it can', () => {
    expect(scimErrorOf(() => compileFilter(USERS, 'displayName eq "A"')).detail).toBe(
      'Filtering on "displayName" is not supported by this endpoint\'s profile. Filterable User attributes: id, externalId, userName, name.givenName, name.familyName, active, loginCount, emails, createdBy, urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value, urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName.',
    );
  });

  it('refuses a value that does not fit the attribute type', () => {
    expect(scimErrorOf(() => compileFilter(USERS, 'userName gt 5')).detail).toBe('"userName gt 5" compares a string attribute with a number; use a quoted string.');
    expect(scimErrorOf(() => compileFilter(USERS, 'active eq "yes"')).detail).toBe('"active eq "yes"" compares a boolean attribute with a string; use true or false with eq or ne.');
    expect(scimErrorOf(() => compileFilter(USERS, 'loginCount co 1')).detail).toBe('"loginCount co 1" compares an integer attribute with a number; use an unquoted number.');
  });

  it('accepts eq null and refuses other operators with null', () => {
    expect(shape('userName eq null')).toEqual({ kind: 'compare', op: 'eq', attr: { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'userName' }, value: null });
    expect(scimErrorOf(() => compileFilter(USERS, 'userName gt null')).detail).toBe('"userName gt null" is not meaningful; use "pr" or "eq null".');
  });
});
