import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../../../renderer/src/features/audit/highlightSegments';

describe('highlightSegments', () => {
  it('keeps every character and colors tokens by kind', () => {
    const text = 'Append([mail], "x")';
    const parts = highlightSegments(text, null, null);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.find((p) => p.text === 'Append')?.kind).toBe('function');
    expect(parts.find((p) => p.text === '[mail]')?.kind).toBe('attribute');
    expect(parts.some((p) => p.error)).toBe(false);
  });

  it('marks exactly the error span, splitting tokens where needed', () => {
    const text = 'Append([mail], "abc)';
    const parts = highlightSegments(text, 15, 20);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.error).map((p) => p.text).join('')).toBe('"abc)');
    const mid = highlightSegments('ToUpper([departmnet])', 10, 12);
    expect(mid.filter((p) => p.error).map((p) => p.text)).toEqual(['ep']);
  });

  it('marks at least one character for an empty span, and nothing past the end', () => {
    expect(highlightSegments('Foo(', 3, 3).filter((p) => p.error).map((p) => p.text)).toEqual(['(']);
    expect(highlightSegments('Foo(', 4, 4).filter((p) => p.error)).toEqual([]);
  });
});
