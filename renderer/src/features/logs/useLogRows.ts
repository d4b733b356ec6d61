import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogListItem } from '../../../../shared/logs/log-dto';
import type { LogFilter, LogSort } from '../../../../shared/logs/log-filter';
import { invoke } from '../../lib/api';
import { pageOf, pageRequest, pagesFor, positionIn } from './logPages';

const EMPTY: ReadonlyMap<string, readonly LogListItem[]> = new Map();

/**
 * Rows of the current view, fetched a page at a time as the grid scrolls to them (see logPages.ts).
 * A new filter or sort starts a fresh cache; answers for an older view are dropped. The first page
 * loads at once, in parallel with the view's count. `total` is null while the count of this view is
 * still loading: until then rows are only read from the top.
 */
export function useLogRows(filter: LogFilter, sort: LogSort, version: number, total: number | null) {
  const viewKey = JSON.stringify([filter, sort, version]);
  const [state, setState] = useState<{ key: string; pages: ReadonlyMap<string, readonly LogListItem[]> }>({ key: viewKey, pages: EMPTY });
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
      for (const page of pagesFor(firstIndex, lastIndex, total)) {
        if (asked.has(page.key)) continue;
        asked.add(page.key);
        void invoke('logs:query', { filter, ...pageRequest(page, sort) }).then((result) => {
          if (currentKey.current !== key) return;
          if (!result.ok) {
            asked.delete(page.key);
            return;
          }
          setState((previous) => ({ key, pages: new Map(previous.key === key ? previous.pages : EMPTY).set(page.key, result.value.items) }));
        });
      }
    },
    [filter, sort, viewKey, total],
  );

  const rowAt = useCallback(
    (index: number): LogListItem | undefined => {
      const page = pageOf(index, total);
      return pages.get(page.key)?.[positionIn(page, index, total)];
    },
    [pages, total],
  );
  return { rowAt, ensure, loadedPages: pages.size };
}
