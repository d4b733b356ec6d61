import type { LogSort } from '../../../../shared/logs/log-filter';

/** Rows per request: a screenful and its overscan fit in one page, and the answer stays small. */
export const PAGE_SIZE = 100;

/**
 * One page of a view of `total` rows as the store is asked for it. Rows in the first half are read
 * in pages counted from the top; rows in the second half in pages counted from the bottom, with the
 * sort reversed (an OFFSET walks every row it skips, so the last record costs as little as the first).
 * A page from the bottom is only meaningful for the total it was computed with, hence its key.
 */
export interface LogPage {
  key: string;
  fromEnd: boolean;
  offset: number;
  limit: number;
}

const startPage = (page: number, size: number): LogPage => ({ key: `s${page}`, fromEnd: false, offset: page * size, limit: size });
const endPage = (page: number, total: number, size: number): LogPage => ({ key: `e${page}@${total}`, fromEnd: true, offset: page * size, limit: size });

/**
 * The page that holds row `index`. Without a `total` known for this view (its count is still
 * loading), every row is read from the top.
 */
export function pageOf(index: number, total: number | null, size = PAGE_SIZE): LogPage {
  if (total === null || index < Math.floor(total / 2)) return startPage(Math.floor(index / size), size);
  return endPage(Math.floor((total - 1 - index) / size), total, size);
}

/** Where row `index` sits in the rows the store returned for `page` (bottom pages come back reversed). */
export function positionIn(page: LogPage, index: number, total: number | null): number {
  return page.fromEnd ? (total ?? 0) - 1 - index - page.offset : index - page.offset;
}

/** The pages holding rows `first`…`last`, top to bottom, each once. */
export function pagesFor(first: number, last: number, total: number | null, size = PAGE_SIZE): LogPage[] {
  const pages: LogPage[] = [];
  const half = total === null ? Infinity : Math.floor(total / 2);
  for (let index = Math.max(0, first); index <= last; ) {
    const page = pageOf(index, total, size);
    pages.push(page);
    // The next row read from another page: a top page serves rows up to the middle at most, a
    // bottom page every row down to total - offset - 1.
    index = page.fromEnd ? (total ?? 0) - page.offset : Math.min(page.offset + size, half);
  }
  return pages;
}

/** The request for a page: bottom pages read the reversed sort. */
export function pageRequest(page: LogPage, sort: LogSort): { sort: LogSort; offset: number; limit: number } {
  return { sort: page.fromEnd ? { ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : sort, offset: page.offset, limit: page.limit };
}
