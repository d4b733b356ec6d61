import { describe, expect, it } from 'vitest';
import { kqlDatetime, kqlList, kqlString } from '../../../../shared/loganalytics/kql-literal';

describe('kqlString', () => {
  it('quotes plain text', () => {
    expect(kqlString('Contoso HR')).toBe('"Contoso HR"');
  });
  it('escapes quotes, backslashes and line breaks so the literal cannot end early', () => {
    expect(kqlString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(kqlString('x" | take 1 //')).toBe('"x\\" | take 1 //"');
  });
  it('escapes other control characters as \\u', () => {
    expect(kqlString('a\u0001b\u007f')).toBe('"a\\u0001b\\u007f"');
  });
  it('keeps single quotes and non-ASCII text as they are', () => {
    expect(kqlString("O'Brien Zoë 日本")).toBe('"O\'Brien Zoë 日本"');
  });
});

describe('kqlDatetime and kqlList', () => {
  it('writes a UTC datetime literal', () => {
    expect(kqlDatetime('2026-01-02T03:04:05+02:00')).toBe('datetime(2026-01-02T01:04:05.000Z)');
  });
  it('refuses a value that is not a time', () => {
    expect(() => kqlDatetime('yesterday')).toThrow('"yesterday" is not a date/time.');
  });
  it('writes an in-list of escaped strings', () => {
    expect(kqlList(['success', 'fa"il'])).toBe('("success", "fa\\"il")');
  });
});
