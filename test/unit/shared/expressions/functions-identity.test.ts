import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../shared/expressions';
import { errorOf, run } from './helpers';

const roles = (...values: string[]): Array<Record<string, string>> => values.map((value, i) => ({ id: `r${i}`, value, displayName: `${value} role` }));

describe('identity, random and target-dependent functions', () => {
  it('Guid is a lower-case v4 GUID from the injected random source', () => {
    const a = run('Guid()', {}, { random: seededRandom(1) });
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(run('Guid()', {}, { random: seededRandom(1) })).toBe(a);
    expect(errorOf('Guid(1)')).toMatch(/arity: Guid requires 0 arguments/);
  });
  it('RandomString honours length, minimum counts and excluded characters', () => {
    for (let seed = 0; seed < 20; seed++) {
      const value = String(run('RandomString(12, 3, 2, 2, 1, "aeiou0")', {}, { random: seededRandom(seed) }));
      expect(value).toHaveLength(12);
      expect(value.replace(/\D/g, '').length).toBeGreaterThanOrEqual(3);
      expect(value).not.toMatch(/[aeiou0]/);
    }
    expect(errorOf('RandomString(257,0,0,0,0)')).toBe('eval: RandomString: Length exceeds 256');
    expect(errorOf('RandomString(3,2,2,0,0)')).toMatch(/add up to more than Length/);
  });
  it('SelectUniqueValue returns the first candidate the target does not hold, else escrows', () => {
    const expr = 'SelectUniqueValue(Join("@", [f], "x.com"), Join("@", Mid([f], 1, 1), "x.com"))';
    const exists = (taken: string[]) => ({ targetValueExists: (v: string) => taken.includes(v.toLowerCase()) });
    expect(run(expr, { f: 'John' }, exists([]))).toBe('John@x.com');
    expect(run(expr, { f: 'John' }, exists(['john@x.com']))).toBe('J@x.com');
    expect(run(expr, { f: 'John' }, exists(['john@x.com', 'j@x.com']))).toEqual({ error: 'eval: SelectUniqueValue: all candidates exist in target; entry escrowed' });
    expect(errorOf('SelectUniqueValue("a")')).toMatch(/at least 2 rules/);
  });
  it('SingleAppRoleAssignment returns the single role value, null for none, an error for several', () => {
    expect(run('SingleAppRoleAssignment([a])', { a: roles('Admin') })).toBe('Admin');
    expect(run('SingleAppRoleAssignment([a])', { a: [] })).toBeNull();
    expect(errorOf('SingleAppRoleAssignment([a])', { a: roles('A', 'B') })).toBe('eval: SingleAppRoleAssignment: no more than one app role assignment expected, found 2');
    expect(run('SingleAppRoleAssignment([a])', { a: [JSON.stringify({ value: 'Reader' })] })).toBe('Reader');
  });
  it('AppRoleAssignmentsComplex and the assertive variant build SCIM role objects', () => {
    expect(run('AppRoleAssignmentsComplex([a])', { a: roles('Admin') })).toEqual([{ primary: false, type: 'WindowsAzureActiveDirectoryRole', displayName: 'Admin role', value: 'Admin' }]);
    expect(run('AppRoleAssignmentsComplex([a])', { a: [] })).toBeNull();
    expect(run('AssertiveAppRoleAssignmentsComplex([a])', { a: [] })).toEqual([]);
    expect(run('AppRoleAssignments([a])', { a: roles('A', 'B') })).toEqual(['A', 'B']);
  });
  it('DefaultDomain needs the tenant domain from the environment', () => {
    expect(run('DefaultDomain()', {}, { defaultDomain: 'contoso.com' })).toBe('contoso.com');
    expect(errorOf('DefaultDomain()')).toMatch(/not known/);
  });
});
