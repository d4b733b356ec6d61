import { describe, expect, it } from 'vitest';
import { errorOf, run } from './helpers';

const proxies = { p: ['SMTP:a@contoso.com', 'smtp:b@contoso.com', 'smtp:a@contoso.com', 'SMTP:a@contoso.com'] };

describe('multi-valued functions', () => {
  it('Count counts values; absent is 0, a single value is 1', () => {
    expect(run('Count([p])', proxies)).toBe(4);
    expect(run('Count([p])', { p: [] })).toBe(0);
    expect(run('Count([p])')).toBe(0);
    expect(run('Count([p])', { p: 'x' })).toBe(1);
  });
  it('Item is 1-based; 0 and past the end are errors; null stays null', () => {
    expect(run('Item([p], 2)', proxies)).toBe('smtp:b@contoso.com');
    expect(errorOf('Item([p], 5)', proxies)).toBe('eval: Item: index out of range');
    expect(errorOf('Item([p], 0)', proxies)).toBe('eval: Item: index out of range');
    expect(run('Item([p], 1)')).toBeNull();
  });
  it('RemoveDuplicates is ordinal and keeps first occurrences in order', () => {
    expect(run('RemoveDuplicates([p])', proxies)).toEqual(['SMTP:a@contoso.com', 'smtp:b@contoso.com', 'smtp:a@contoso.com']);
    expect(run('RemoveDuplicates([p])')).toBeNull();
  });
  it('string functions apply per value to multi-valued input; others refuse it', () => {
    expect(run('ToLower([p])', { p: ['A', 'B'] })).toEqual(['a', 'b']);
    expect(errorOf('InStr([p], "a")', { p: ['A', 'B'] })).toMatch(/multi-valued/);
  });
});
