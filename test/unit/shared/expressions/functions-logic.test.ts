import { describe, expect, it } from 'vitest';
import { errorOf, run } from './helpers';

describe('logic functions and comparisons', () => {
  it('IIF picks a branch; nested IIF emulates AND/OR', () => {
    expect(run('IIF([c]="USA",IIF([s]="CA","True","False"),"False")', { c: 'USA', s: 'CA' })).toBe('True');
    expect(run('IIF([c]="USA","True",IIF([s]="CA","True","False"))', { c: 'MX', s: 'X' })).toBe('False');
    expect(run('IIF(IsPresent([c]),[c],"Other")', { c: 'FR' })).toBe('FR');
  });
  it('IIF evaluates both branches eagerly, so a failing branch fails the expression', () => {
    expect(errorOf('IIF("True", "ok", CDate("nope"))')).toMatch(/CDate/);
  });
  it('IIF refuses a condition that is not Boolean', () => {
    expect(errorOf('IIF("maybe", "a", "b")')).toMatch(/cannot convert "maybe" to Boolean/);
  });
  it('comparisons: = and <> are ordinal and case-sensitive; ordering is numeric when both sides are numbers', () => {
    expect(run('IIF([c]="usa","D","I")', { c: 'USA' })).toBe('I');
    expect(run('IIF([c]<>"USA","I","D")', { c: 'France' })).toBe('I');
    expect(run('IIF(InStr("abc","c")>2,"y","n")')).toBe('y');
    expect(run('IIF("10" > "9","y","n")')).toBe('y');
    expect(run('IIF("b" > "a","y","n")')).toBe('y');
    expect(run('IIF(5 >= 5,"y","n")')).toBe('y');
    expect(run('IIF(4 <= 3,"y","n")')).toBe('n');
    expect(run('IIF(1 < 2,"y","n")')).toBe('y');
    expect(run('IIF([missing] = "","y","n")')).toBe('n');
    expect(run('IIF(CDate("2020-01-02") > CDate("2020-01-01"),"y","n")')).toBe('y');
  });
  it('Switch matches case-sensitively; null matches ""; omitted default gives null', () => {
    const expr = 'Switch([state], "Sydney", "NSW", "Sydney", "QLD", "Brisbane")';
    expect(run(expr, { state: 'QLD' })).toBe('Brisbane');
    expect(run(expr, { state: 'qld' })).toBe('Sydney');
    expect(run('Switch([x],[x],"","N/A")')).toBe('N/A');
    expect(run('Switch([IsSoftDeleted], , "False", "True", "True", "False")', { IsSoftDeleted: false })).toBe('True');
    expect(run('Switch([IsSoftDeleted], , "False", "True", "True", "False")', { IsSoftDeleted: 'false' })).toBeNull();
    expect(errorOf('Switch([s], "x", "NSW")')).toBe('parse: Switch: keys and values must come in pairs (even parameter count)');
    expect(errorOf('Switch([s], , "a", "b")', { s: ['1', '2'] })).toMatch(/multi-valued/);
  });
  it('Coalesce returns the first non-null value; "" counts as a value', () => {
    expect(run('Coalesce([a],[b],"d")', { b: 'B' })).toBe('B');
    expect(run('Coalesce([a],[b])', { a: '' , b: 'B'})).toBe('');
    expect(run('Coalesce([a],[b])')).toBeNull();
    expect(run('Coalesce([a],[b])', { a: [], b: 'B' })).toBe('B');
  });
  it('Not: "True" in any case is false, anything else true, null stays null', () => {
    expect(run('Not([x])', { x: 'True' })).toBe(false);
    expect(run('Not([x])', { x: 'true' })).toBe(false);
    expect(run('Not([x])', { x: true })).toBe(false);
    expect(run('Not("Maybe")')).toBe(true);
    expect(run('Not([x])')).toBeNull();
  });
  it('CBool converts comparisons, numbers and Boolean text', () => {
    expect(run('CBool([a] = [b])', { a: 'x', b: 'x' })).toBe(true);
    expect(run('CBool(0)')).toBe(false);
    expect(run('CBool(5)')).toBe(true);
    expect(run('CBool("False")')).toBe(false);
    expect(run('CBool([x])')).toBe(false);
    expect(errorOf('CBool("abc")')).toMatch(/cannot convert/);
  });
  it('CStr renders Booleans as True/False and keeps text', () => {
    expect(run('CStr(IsPresent([m]))', { m: 'a' })).toBe('True');
    expect(run('CStr([n])', { n: 42 })).toBe('42');
    expect(run('CStr([x])')).toBeNull();
  });
  it('IsNull, IsNothing, IsNullOrEmpty, IsPresent and IsString', () => {
    expect(run('IsNull([x])')).toBe(true);
    expect(run('IsNull([x])', { x: '' })).toBe(false);
    expect(run('IsNothing([x])')).toBe(true);
    expect(run('IsNullOrEmpty([x])', { x: '' })).toBe(true);
    expect(run('IsNullOrEmpty([x])', { x: 'a' })).toBe(false);
    expect(run('IsPresent([x])', { x: 'a' })).toBe(true);
    expect(run('IsPresent([x])', { x: '' })).toBe(false);
    expect(run('IsString([x])', { x: 'a' })).toBe(true);
    expect(run('IsString([x])')).toBe(false);
  });
  it('IgnoreFlowIfNullOrEmpty drops null and "" and passes anything else', () => {
    expect(run('IgnoreFlowIfNullOrEmpty([d])')).toEqual({ ignoreFlow: true });
    expect(run('IgnoreFlowIfNullOrEmpty([d])', { d: '' })).toEqual({ ignoreFlow: true });
    expect(run('IgnoreFlowIfNullOrEmpty([d])', { d: 'Sales' })).toBe('Sales');
    expect(run('Coalesce(IgnoreFlowIfNullOrEmpty([m]), "x")')).toEqual({ ignoreFlow: true });
  });
  it('BitAnd works on decimal and &H hex integers', () => {
    expect(run('BitAnd(&HF, &HF7)')).toBe(7);
    expect(run('BitAnd(&hf, &HF7)')).toBe(7);
    expect(run('BitAnd(12, 10)')).toBe(8);
    expect(errorOf('BitAnd("a", 1)')).toMatch(/must be an integer/);
  });
  it('Error (Cloud Sync) fails with its message', () => {
    expect(errorOf('Error("stop here")')).toBe('eval: Error: stop here');
  });
});
