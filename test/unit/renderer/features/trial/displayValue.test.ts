import { describe, expect, it } from 'vitest';
import { displayUrl, displayValue, prettyJson } from '../../../../../renderer/src/features/trial/displayValue';
import { flattenObject } from '../../../../../renderer/src/features/trial/flattenObject';

describe('trial display helpers', () => {
  it('decodes the query so a match filter reads as written', () => {
    expect(displayUrl('http://127.0.0.1:1/scim/v2/Users?filter=userName%20eq%20%22a%40b.com%22')).toBe('/scim/v2/Users?filter=userName eq "a@b.com"');
    expect(displayUrl('not a url')).toBe('not a url');
  });

  it('shows text as is, nothing as a dash, the rest as JSON', () => {
    expect(displayValue('Isa')).toBe('Isa');
    expect(displayValue(null)).toBe('—');
    expect(displayValue(undefined)).toBe('—');
    expect(displayValue('')).toBe('""');
    expect(displayValue(true)).toBe('true');
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
    expect(prettyJson(null)).toBeNull();
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
  });

  it('flattens complex attributes to dotted paths and keeps arrays whole', () => {
    expect(flattenObject({ id: 'x', name: { givenName: 'I', familyName: 'F' }, emails: [{ value: 'e' }], meta: {} })).toEqual([
      ['id', 'x'],
      ['name.givenName', 'I'],
      ['name.familyName', 'F'],
      ['emails', [{ value: 'e' }]],
      ['meta', {}],
    ]);
  });
});
