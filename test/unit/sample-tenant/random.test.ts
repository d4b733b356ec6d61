import { describe, expect, it } from 'vitest';
import { createRandom, stableGuid, stableHex32 } from '../../../sample-tenant/random';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sample randomness', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom('seed');
    const b = createRandom('seed');
    const c = createRandom('other');
    const take = (random: ReturnType<typeof createRandom>) => Array.from({ length: 5 }, () => random.next());
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('derives well-formed GUIDs and 32-hex ids from their parts only', () => {
    expect(stableGuid('user', 'asa.oberg')).toBe(stableGuid('user', 'asa.oberg'));
    expect(stableGuid('user', 'asa.oberg')).not.toBe(stableGuid('user', 'asaoberg'));
    expect(stableGuid('x')).toMatch(GUID);
    expect(createRandom('s').guid()).toMatch(GUID);
    expect(stableHex32('app')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps int() within its bounds and weighted() to items with weight', () => {
    const random = createRandom('bounds');
    for (let i = 0; i < 500; i++) {
      const value = random.int(3, 7);
      expect(value >= 3 && value <= 7).toBe(true);
      expect(random.weighted([['a', 1], ['b', 0]] as const)).toBe('a');
    }
  });
});
