import type { ForecastRowFilter } from '../../../../shared/ipc/contracts/forecast';

/** The table's filter as the admin sets it (the search is debounced before it reaches `forecast:rows`). */
export type RowFilter = Omit<ForecastRowFilter, 'search'> & { search: string };

export const EMPTY_FILTER: RowFilter = { search: '' };

/** The request's filter: empty fields left out. */
export function requestFilter(filter: RowFilter): ForecastRowFilter {
  const out: ForecastRowFilter = {};
  if (filter.search.trim()) out.search = filter.search.trim();
  if (filter.kind) out.kind = filter.kind;
  if (filter.logStatus) out.logStatus = filter.logStatus;
  if (filter.action) out.action = filter.action;
  if (filter.code) out.code = filter.code;
  return out;
}

export function isFiltered(filter: RowFilter): boolean {
  return Object.keys(requestFilter(filter)).length > 0;
}
