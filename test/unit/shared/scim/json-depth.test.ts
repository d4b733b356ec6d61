import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH } from '../../../../shared/scim/json-depth';

describe('jsonDepth', () => {
  it('counts how deep arrays and objects nest', () => {
    expect(jsonDepth('"flat"')).toBe(0);
    expect(jsonDepth('{"a":[{"b":1}],"c":{}}')).toBe(3);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth('{"a":"[[{\\"}]]"}')).toBe(1);
  });

  it('stops counting just past the limit', () => {
    expect(jsonDepth('['.repeat(100), 10)).toBe(11);
    expect(jsonDepth('['.repeat(100))).toBe(MAX_JSON_DEPTH + 1);
  });
});
