import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopFor } from '../../../../../renderer/src/features/logs/rowWindow';

const rowHeight = 36;
const viewHeight = 720; // 20 rows

describe('row window', () => {
  it('renders the rows in view plus the overscan, each at its own offset', () => {
    const geometry = { total: 1000, rowHeight, viewHeight };
    const top = rowWindow(geometry, 0, 5);
    expect([top.first, top.last, top.height]).toEqual([0, 24, 36_000]);
    const middle = rowWindow(geometry, 36 * 100 + 10, 5);
    expect([middle.first, middle.last]).toEqual([95, 125]);
    expect(middle.top(100)).toBe(3600);
    expect(rowWindow({ total: 3, rowHeight, viewHeight }, 0, 5)).toMatchObject({ first: 0, last: 2, height: 108 });
    expect(rowWindow({ total: 0, rowHeight, viewHeight }, 0, 5)).toMatchObject({ first: 0, last: -1 });
  });

  it('reaches the last of a million rows although the content is capped, keeping rows in sight contiguous', () => {
    const geometry = { total: 1_006_034, rowHeight, viewHeight, maxHeight: 16_000_000 };
    const bottom = rowWindow(geometry, 0, 0).height - viewHeight; // the largest scroll position
    const end = rowWindow(geometry, bottom, 10);
    expect(end.height).toBe(16_000_000);
    expect(end.last).toBe(1_006_033);
    // The last row ends exactly at the bottom of the view; its neighbours sit a row apart.
    expect(end.top(1_006_033) + rowHeight).toBe(bottom + viewHeight);
    expect(end.top(1_006_033) - end.top(1_006_032)).toBe(rowHeight);
    const halfway = rowWindow(geometry, bottom / 2, 0);
    expect(Math.abs(halfway.first - (1_006_034 - 20) / 2)).toBeLessThan(2);
  });

  it('scrolls a row into view with the least movement, scaled or not', () => {
    for (const maxHeight of [Infinity, 1_000_000]) {
      const geometry = { total: 100_000, rowHeight, viewHeight, maxHeight };
      const last = scrollTopFor(geometry, 0, 99_999);
      const shown = rowWindow(geometry, last, 0);
      expect(shown.last).toBe(99_999);
      expect(shown.top(99_999) + rowHeight).toBeLessThanOrEqual(last + viewHeight + 1);
      expect(shown.top(99_999)).toBeGreaterThanOrEqual(last);
      const first = scrollTopFor(geometry, last, 0);
      expect(first).toBe(0);
      const middle = scrollTopFor(geometry, first, 50_000);
      const around = rowWindow(geometry, middle, 0);
      expect(around.top(50_000)).toBeGreaterThanOrEqual(middle - 1);
      expect(around.top(50_000) + rowHeight).toBeLessThanOrEqual(middle + viewHeight + 1);
      // Already in view: nothing moves.
      expect(scrollTopFor(geometry, middle, 50_001 - Math.floor(viewHeight / rowHeight) + 1)).toBe(middle);
    }
  });
});
