import { describe, expect, it } from 'vitest';
import type { LogSort } from '../../../../../shared/logs/log-filter';
import { PAGE_SIZE, pageOf, pageRequest, pagesFor, positionIn } from '../../../../../renderer/src/features/logs/logPages';

const sort: LogSort = { column: 'activityDateTime', direction: 'desc' };

/** A store of `total` rows (row i is the number i in the view's order) answering like logs:query. */
function query(total: number, request: { sort: LogSort; offset: number; limit: number }): number[] {
  const rows = Array.from({ length: total }, (_, i) => i);
  if (request.sort.direction !== sort.direction) rows.reverse();
  return rows.slice(request.offset, request.offset + request.limit);
}

/** Loads the pages for rows first…last as the grid does, then reads every row back as the grid does. */
function readRows(first: number, last: number, total: number | null, storeTotal: number, size?: number): Array<number | undefined> {
  const loaded = new Map<string, number[]>();
  for (const page of pagesFor(first, last, total, size)) loaded.set(page.key, query(storeTotal, pageRequest(page, sort)));
  const rows: Array<number | undefined> = [];
  for (let index = first; index <= last; index++) {
    const page = pageOf(index, total, size);
    rows.push(loaded.get(page.key)?.[positionIn(page, index, total)]);
  }
  return rows;
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe('log grid pages', () => {
  it.each([1, 2, 7, 99, 100, 101, 199, 200, 201, 333, 1234])('returns exactly the rows of plain offset paging for a view of %i rows', (total) => {
    const windows: Array<[number, number]> = [
      [0, Math.min(total, 40) - 1],
      [Math.max(0, total - 40), total - 1],
      [Math.max(0, Math.floor(total / 2) - 30), Math.min(total - 1, Math.floor(total / 2) + 30)],
      [0, total - 1],
    ];
    for (const [first, last] of windows) {
      expect(readRows(first, last, total, total)).toEqual(range(first, last));
      expect(readRows(first, last, total, total, 7)).toEqual(range(first, last));
    }
  });

  it('reads the last screenful with one request of one page from the other end', () => {
    const total = 1_000_003;
    const pages = pagesFor(total - 39, total - 1, total);
    expect(pages).toHaveLength(1);
    expect(pageRequest(pages[0]!, sort)).toEqual({ sort: { ...sort, direction: 'asc' }, offset: 0, limit: PAGE_SIZE });
  });

  it('reads every row from the top while the view has no count of its own', () => {
    const pages = pagesFor(0, 250, null);
    expect(pages.every((page) => !page.fromEnd)).toBe(true);
    expect(readRows(0, 250, null, 260)).toEqual(range(0, 250));
    // A page read from the bottom belongs to the total it was read under.
    expect(pageOf(999, 1000).key).not.toBe(pageOf(999, 1001).key);
  });
});
