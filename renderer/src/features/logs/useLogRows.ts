import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogListItem } from '../../../../shared/logs/log-dto';
import type { LogFilter, LogSort } from '../../../../shared/logs/log-filter';
import { invoke } from '../../lib/api';

export const PAGE_SIZE = 200;

/** A loaded page; one read from the far end is only valid for the total it was read under. */
interface LoadedPage {
  items: readonly LogListItem[];
  total: number | null;
}

const EMPTY: ReadonlyMap<number, LoadedPage> = new Map();

/**
 * Rows of the current view, fetched a page at a time as the grid scrolls to them. A new filter or
 * sort starts a fresh cache; answers for an older view are dropped. The first pages load at once,
 * in parallel with the view's count.
 */
export function useLogRows(filter: LogFilter, sort: LogSort, version: number, total: number) {
  const viewKey = JSON.stringify([filter, sort, version]);
  const [state, setState] = useState<{ key: string; pages: ReadonlyMap<number, LoadedPage> }>({ key: viewKey, pages: EMPTY });
  const requested = useRef({ key: viewKey, pages: new Set<string>() });
  const currentKey = useRef(viewKey);
  useEffect(() => {
    currentKey.current = viewKey;
  }, [viewKey]);
  const pages = state.key === viewKey ? state.pages : EMPTY;

  const ensure = useCallback(
    (firstIndex: number, lastIndex: number) => {
      const key = viewKey;
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      const asked = requested.current.pages;
      for (let page = Math.floor(firstIndex / PAGE_SIZE); page <= Math.floor(lastIndex / PAGE_SIZE); page++) {
        const start = page * PAGE_SIZE;
        const end = Math.min(start + PAGE_SIZE, total);
        // Pages in the far half are read from the other end (the reversed sort), so jumping to the
        // last record costs as little as the first: an OFFSET walks every row it skips.
        const fromEnd = start > total / 2 && end > start;
        const askKey = fromEnd ? `${page}@${total}` : String(page);
        if (asked.has(askKey)) continue;
        asked.add(askKey);
        const request = fromEnd
          ? { filter, sort: { ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' } as LogSort, offset: total - end, limit: end - start }
          : { filter, sort, offset: start, limit: PAGE_SIZE };
        void invoke('logs:query', request).then((result) => {
          if (currentKey.current !== key) return;
          if (!result.ok) {
            asked.delete(askKey);
            return;
          }
          const loaded: LoadedPage = fromEnd ? { items: [...result.value.items].reverse(), total } : { items: result.value.items, total: null };
          setState((previous) => ({ key, pages: new Map(previous.key === key ? previous.pages : EMPTY).set(page, loaded) }));
        });
      }
    },
    [filter, sort, viewKey, total],
  );

  const rowAt = useCallback(
    (index: number): LogListItem | undefined => {
      const page = pages.get(Math.floor(index / PAGE_SIZE));
      return page && (page.total === null || page.total === total) ? page.items[index % PAGE_SIZE] : undefined;
    },
    [pages, total],
  );
  return { rowAt, ensure, loadedPages: pages.size };
}
