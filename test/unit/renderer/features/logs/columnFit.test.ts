import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../../../renderer/src/features/logs/columnFit';

describe('fitColumns', () => {
  it('grows every column in proportion to fill a wider view exactly', () => {
    const fitted = fitColumns([205, 200, 100, 170], 1350);
    expect(fitted.reduce((a, b) => a + b, 0)).toBe(1350);
    expect(fitted[0]! / 205).toBeCloseTo(1350 / 675, 1);
    expect(fitted[2]!).toBeLessThan(fitted[1]!);
  });

  it('keeps the widths when the view is narrower or not measured yet', () => {
    expect(fitColumns([205, 200], 300)).toEqual([205, 200]);
    expect(fitColumns([205, 200], 0)).toEqual([205, 200]);
    expect(fitColumns([], 800)).toEqual([]);
  });
});
