import { describe, expect, it } from 'vitest';
import { logFilterSchema, parseTimeArg, presetSince } from '../../../../shared/logs/log-filter';
import { csvCell, csvLine } from '../../../../shared/logs/log-export-format';

const now = new Date('2026-11-20T12:00:00Z');

describe('log filters', () => {
  it('turns date presets into a since time', () => {
    expect(presetSince('24h', now)).toBe('2026-11-19T12:00:00.000Z');
    expect(presetSince('7d', now)).toBe('2026-11-13T12:00:00.000Z');
    expect(presetSince('1m', now)).toBe('2026-10-20T12:00:00.000Z');
    expect(presetSince('all', now)).toBeUndefined();
  });

  it('reads CLI times as ISO dates or spans back from now', () => {
    expect(parseTimeArg('7d', now)).toBe('2026-11-13T12:00:00.000Z');
    expect(parseTimeArg('90m', now)).toBe('2026-11-20T10:30:00.000Z');
    expect(parseTimeArg('2026-11-01', now)).toBe('2026-11-01T00:00:00.000Z');
    expect(parseTimeArg('yesterday', now)).toBeNull();
  });

  it('accepts only known filter keys and values', () => {
    expect(logFilterSchema.safeParse({ status: ['failure'], text: 'conflict' }).success).toBe(true);
    expect(logFilterSchema.safeParse({ status: ['broken'] }).success).toBe(false);
    expect(logFilterSchema.safeParse({ where: '1=1' }).success).toBe(false);
  });
});

describe('CSV export cells', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
