import { describe, expect, it } from 'vitest';
import { coerceBoolean, coerceValue, isPlainObject } from '../../../../shared/scim/coerce';
import { attr, multi, str } from '../../../../shared/scim/schema/attributes';
import { scimErrorOf } from './scim-fixture';

describe('coerceBoolean', () => {
  it("accepts booleans and Entra's \"True\"/\"False\" strings in any case", () => {
    expect([true, false, 'True', ' false ', 'TRUE'].map((v) => coerceBoolean(v, 'active'))).toEqual([true, false, true, false, true]);
  });

  it('refuses anything else with 400 invalidValue', () => {
    expect(scimErrorOf(() => coerceBoolean('yes', 'active'))).toEqual({ status: 400, scimType: 'invalidValue', detail: '"active" must be a boolean (true or false), not "yes".' });
  });
});

describe('isPlainObject', () => {
  it('is true for objects only, not arrays or null', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isPlainObject)).toEqual([true, true, false, false, false, false]);
  });
});

describe('coerceValue', () => {
  const manager = attr('manager', 'complex', { subAttributes: [str('value'), str('displayName')] });

  it('treats null and undefined as absent', () => {
    expect(coerceValue(str('title'), null, 'title')).toBeUndefined();
    expect(coerceValue(str('title'), undefined, 'title')).toBeUndefined();
  });

  it('keeps strings exactly as sent and refuses other types', () => {
    expect(coerceValue(str('title'), '  Boss ', 'title')).toBe('  Boss ');
    expect(scimErrorOf(() => coerceValue(str('title'), 5, 'title'))).toEqual({ status: 400, scimType: 'invalidValue', detail: '"title" must be a string, not 5.' });
  });

  it('turns numeric strings into numbers and refuses a fraction for an integer', () => {
    expect(coerceValue(attr('n', 'integer'), '42', 'n')).toBe(42);
    expect(coerceValue(attr('d', 'decimal'), '1.5', 'd')).toBe(1.5);
    expect(scimErrorOf(() => coerceValue(attr('n', 'integer'), 1.5, 'n')).detail).toBe('"n" must be an integer.');
    expect(scimErrorOf(() => coerceValue(attr('d', 'decimal'), '', 'd')).detail).toBe('"d" must be a number.');
  });

  it('wraps a single element of a multi-valued attribute in an array and drops null elements', () => {
    expect(coerceValue(multi('emails', ['work']), { value: 'a@x', primary: 'True' }, 'emails')).toEqual([{ value: 'a@x', primary: true }]);
    expect(coerceValue(multi('emails', ['work']), [null, { value: 'b@x' }], 'emails')).toEqual([{ value: 'b@x' }]);
  });

  it('keeps only known sub-attributes of a complex value, with their canonical names', () => {
    expect(coerceValue(manager, { VALUE: 'm-1', other: 'x' }, 'manager')).toEqual({ value: 'm-1' });
    expect(coerceValue(manager, { other: 'x' }, 'manager')).toBeUndefined();
  });

  it("takes a bare id for a complex attribute with a value sub-attribute (Entra's manager)", () => {
    expect(coerceValue(manager, 'm-1', 'manager')).toEqual({ value: 'm-1' });
    expect(coerceValue(manager, '', 'manager')).toBeUndefined();
  });

  it('refuses a bare value for a complex attribute without a value sub-attribute', () => {
    const name = attr('name', 'complex', { subAttributes: [str('givenName'), str('familyName')] });
    expect(scimErrorOf(() => coerceValue(name, 'Ann', 'name')).detail).toBe('"name" must be an object with givenName, familyName.');
  });
});
