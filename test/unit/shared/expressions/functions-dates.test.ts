import { describe, expect, it } from 'vitest';
import { errorOf, run } from './helpers';

const now = Date.parse('2021-08-25T17:41:18Z');
const clock = { now: () => now };

describe('date functions', () => {
  it('CDate parses ISO 8601 with offsets and the invariant M/d/yyyy form, in UTC', () => {
    expect(run('CDate("2020-03-16-07:00")')).toBe('3/16/2020 7:00:00 AM');
    expect(run('CDate("2021-06-30+08:00")')).toBe('6/29/2021 4:00:00 PM');
    expect(run('CDate("2009-06-15T01:45:30-07:00")')).toBe('6/15/2009 8:45:30 AM');
    expect(run('CDate("12/31/2020 11:59:00 PM")')).toBe('12/31/2020 11:59:00 PM');
    expect(run('CDate("2021-02-30")')).toEqual({ error: 'eval: CDate: string is not a recognizable date/time' });
    expect(run('CDate([x])')).toBeNull();
  });
  it('Now uses the injected clock', () => {
    expect(run('Now()', {}, clock)).toBe('8/25/2021 5:41:18 PM');
  });
  it('DateAdd adds intervals and clamps month ends like .NET AddMonths', () => {
    const hire = { d: '2012-03-16-07:00' };
    expect(run('DateAdd("d", -10, CDate([d]))', hire)).toBe('3/6/2012 7:00:00 AM');
    expect(run('DateAdd("ww", 2, CDate([d]))', hire)).toBe('3/30/2012 7:00:00 AM');
    expect(run('DateAdd("m", 10, CDate([d]))', hire)).toBe('1/16/2013 7:00:00 AM');
    expect(run('DateAdd("yyyy", 1, CDate([d]))', hire)).toBe('3/16/2013 7:00:00 AM');
    expect(run('DateAdd("h", 5, CDate([d]))', hire)).toBe('3/16/2012 12:00:00 PM');
    expect(run('DateAdd("s", 30, CDate([d]))', hire)).toBe('3/16/2012 7:00:30 AM');
    expect(run('DateAdd("m", 1, CDate("2021-01-31"))')).toBe('2/28/2021 12:00:00 AM');
    expect(errorOf('DateAdd("x", 1, Now())')).toMatch(/unknown interval/);
  });
  it('DateDiff follows VB.NET: calendar years/months, truncated elapsed days, Sunday weeks', () => {
    const hire = { d: '2012-03-16-07:00' };
    expect(run('DateDiff("d", Now(), CDate([d]))', hire, clock)).toBe(-3449);
    expect(run('DateDiff("m", Now(), CDate([d]))', hire, clock)).toBe(-113);
    expect(run('DateDiff("yyyy", Now(), CDate([d]))', hire, clock)).toBe(-9);
    expect(run('DateDiff("ww", Now(), CDate([d]))', hire, clock)).toBe(-493);
    expect(run('DateDiff("w", Now(), CDate([d]))', hire, clock)).toBe(-492);
    expect(run('DateDiff("h", CDate("2021-08-24"), CDate("2021-08-25"))')).toBe(24);
    expect(run('DateDiff("n", CDate("2021-08-24"), CDate("2021-08-25"))')).toBe(1440);
    expect(run('DateDiff("s", CDate("2021-08-24"), CDate("2021-08-25"))')).toBe(86400);
    expect(run('DateDiff("d", Now(), CDate("2021-08-28-07:00"))', {}, clock)).toBe(2);
  });
  it('DateFromNum and NumFromDate convert AD FILETIME integers both ways, exactly', () => {
    expect(run('DateFromNum(129699324000000000)')).toBe('1/1/2012 11:00:00 PM');
    expect(run('NumFromDate("2012-01-01T23:00:00Z")')).toBe('129699324000000000');
    expect(run('NumFromDate("2020-12-31 23:59:59-08:00")')).toBe('132539615990000000');
    expect(errorOf('NumFromDate("soon")')).toMatch(/not an ISO 8601/);
  });
  it('FormatDateTime parses exactly with .NET custom formats and re-formats', () => {
    expect(run('FormatDateTime([x], , "yyyyMMddHHmmss.fZ", "yyyy-MM-dd")', { x: '20150123105347.1Z' })).toBe('2015-01-23');
    expect(run('FormatDateTime([x], "yyyyMMddHHmmss.fZ", "yyyy-MM-dd")', { x: '20150123105347.1Z' })).toBe('2015-01-23');
    expect(run('FormatDateTime([x], , "yyyy-MM-ddzzz", "yyyy-MM-dd")', { x: '2021-06-30+08:00' })).toBe('2021-06-29');
    expect(run('FormatDateTime([x], , "M/d/yyyy h:mm:ss tt", "dddd d MMMM yyyy HH:mm")', { x: '3/5/2021 1:02:03 PM' })).toBe('Friday 5 March 2021 13:02');
    expect(run('FormatDateTime([x], , "yyyy-MM-dd", "yyyy\'T\'HH")', { x: '2021-03-05' })).toBe('2021T00');
    expect(run('FormatDateTime([x], "32", "yyyy-MM-dd", "dd.MM.yy")', { x: '2021-03-05' })).toBe('05.03.21');
    expect(run('FormatDateTime([x], "yyyy")', { x: '2021' })).toEqual({ error: 'parse: arity: FormatDateTime requires 3 to 4 arguments' });
    expect(run('FormatDateTime([x], "AdjustToUniversal", "yyyy-MM-dd", "dd.MM.yy")', { x: '2021-03-05' })).toBe('05.03.21');
    expect(errorOf('FormatDateTime([x], "Sideways", "yyyy", "yyyy")', { x: '2021' })).toMatch(/unknown dateTimeStyles/);
    expect(errorOf('FormatDateTime([x], , "yyyy-MM-dd", "dd/MM/yyyy")', { x: 'Contractor' })).toBe('eval: FormatDateTime: input does not match inputFormat');
  });
});
