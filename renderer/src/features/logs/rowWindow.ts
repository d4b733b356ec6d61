/**
 * Browsers cap an element's height (Chromium near 33.5 million px, Firefox near 17.9 million): a
 * million rows of 36 px do not fit. Past this height the scrollbar stands for the rows in proportion,
 * and the rows in sight are placed relative to the scroll position.
 */
export const MAX_SCROLL_HEIGHT = 16_000_000;

/** The rows to render for a scroll position, with every row the same height. */
export interface RowWindow {
  /** First and last row index to render (last < first when there are none). */
  first: number;
  last: number;
  /** Height of the scrolled content standing for all rows. */
  height: number;
  /** Where row `index` is placed in that content. */
  top(index: number): number;
}

interface Geometry {
  total: number;
  rowHeight: number;
  /** Height of the area the rows are seen through. */
  viewHeight: number;
  maxHeight?: number;
}

/** Scroll position → position in the full (unscaled) list of rows, and back. */
function scale({ total, rowHeight, viewHeight, maxHeight = MAX_SCROLL_HEIGHT }: Geometry) {
  const full = total * rowHeight;
  const height = Math.min(full, maxHeight);
  const ratio = full > height && height > viewHeight ? (full - viewHeight) / (height - viewHeight) : 1;
  const maxVirtual = Math.max(0, full - viewHeight);
  return { height, toVirtual: (scrollTop: number) => Math.min(Math.max(0, scrollTop) * ratio, maxVirtual), toScroll: (virtual: number) => virtual / ratio };
}

export function rowWindow(geometry: Geometry, scrollTop: number, overscan: number): RowWindow {
  const { total, rowHeight, viewHeight } = geometry;
  const { height, toVirtual } = scale(geometry);
  const virtualTop = toVirtual(scrollTop);
  const first = Math.max(0, Math.floor(virtualTop / rowHeight) - overscan);
  const last = Math.min(total - 1, Math.ceil((virtualTop + Math.max(viewHeight, rowHeight)) / rowHeight) - 1 + overscan);
  return { first, last, height, top: (index) => scrollTop + index * rowHeight - virtualTop };
}

/** The scroll position that brings row `index` into view with the least movement (or keeps it). */
export function scrollTopFor(geometry: Geometry, scrollTop: number, index: number): number {
  const { rowHeight, viewHeight } = geometry;
  const { toVirtual, toScroll } = scale(geometry);
  const virtualTop = toVirtual(scrollTop);
  const rowTop = index * rowHeight;
  // Rounded away from the row's edge: a browser keeps whole pixels.
  if (rowTop < virtualTop) return Math.floor(toScroll(rowTop));
  if (rowTop + rowHeight > virtualTop + viewHeight) return Math.ceil(toScroll(rowTop + rowHeight - viewHeight));
  return scrollTop;
}
