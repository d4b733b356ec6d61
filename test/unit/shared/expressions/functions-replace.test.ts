import { describe, expect, it } from 'vitest';
import { errorOf, run } from './helpers';

describe('Replace overloads', () => {
  it('oldValue + replacementValue replaces every literal, case-sensitive occurrence', () => {
    expect(run('Replace([m], "@contoso.com", , , "", , )', { m: 'a@contoso.com' })).toBe('a');
    expect(run('Replace([m], "-", , , "_", , )', { m: 'EN-US-x' })).toBe('EN_US_x');
    expect(run('Replace([m], "A", , , "b", , )', { m: 'aA' })).toBe('ab');
  });
  it('oldValue + template puts the source into the template', () => {
    expect(run('Replace([u],"<username>", , , , , "<username>@contoso.com")', { u: 'jsmith' })).toBe('jsmith@contoso.com');
  });
  it('regexPattern + replacementValue uses .NET substitutions', () => {
    expect(run('Replace([t], , "\\\\+(?<isd>\\\\d* )(?<num>\\\\d{10})", , "${num}", , )', { t: '+91 9998887777' })).toBe('9998887777');
    expect(run('Replace([t], , "(\\\\w+)@(\\\\w+)", , "$2 at $1 ($$)", , )', { t: 'joe@contoso' })).toBe('contoso at joe ($)');
    expect(run('Replace([t], , "[a-zA-Z_]*", , "", , )', { t: 'john_doe72' })).toBe('72');
  });
  it('regexPattern + group + replacementValue replaces only the group text', () => {
    expect(run('Replace([a], ,"(?<n>^\\\\d*)","n", "888", , )', { a: '545 Tremont Street' })).toBe('888 Tremont Street');
    expect(run('Replace([u], , "(?<Suffix>@(.)*)", "Suffix", "", , )', { u: 'jsmith@contoso.com' })).toBe('jsmith');
  });
  it('regexPattern + group + replacementAttributeName falls back to the other attribute only when the source is empty', () => {
    const expr = 'Replace([t], , "\\\\+(?<isd>\\\\d* )(?<num>\\\\d{10})", "num" , , [m], )';
    expect(run(expr, { t: '', m: '+91 8887779999' })).toBe('8887779999');
    expect(run(expr, { t: '+1 4255550100', m: '+91 8887779999' })).toBe('+1 4255550100');
  });
  it('rejects combinations that select no overload or two overloads', () => {
    expect(errorOf('Replace([x], "a", "b", , "c", , )')).toMatch(/cannot be combined/);
    expect(errorOf('Replace([x], , , , "c", , )')).toMatch(/needs either oldValue/);
    expect(errorOf('Replace([x], , "(", , "c", , )', { x: 'a' })).toMatch(/invalid regular expression/);
    expect(errorOf('Replace([x], , "a", "g", "c", , )', { x: 'a' })).toMatch(/no group named "g"/);
  });
  it('a null source gives null', () => {
    expect(run('Replace([x], "a", , , "b", , )')).toBeNull();
  });
});
