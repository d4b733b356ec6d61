import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { createColumnHelper, getCoreRowModel, useReactTable, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LogListItem } from '../../../../shared/logs/log-dto';
import type { LogFilter, LogSort } from '../../../../shared/logs/log-filter';
import { LOG_COLUMNS } from './logColumns';
import { fitColumns } from './columnFit';
import { rowWindow, scrollTopFor } from './rowWindow';
import { StatusBadge } from './StatusBadge';
import { useLogRows } from './useLogRows';

const ROW_HEIGHT = 36;
/** Rows rendered beyond each edge of the view, so a short scroll shows rows already there. */
const OVERSCAN = 10;

const useStyles = makeStyles({
  grid: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
    height: '100%',
    minHeight: '240px',
    outline: 'none',
    position: 'relative',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  headerCell: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    flexShrink: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  row: {
    position: 'absolute',
    left: 0,
    display: 'flex',
    alignItems: 'center',
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected } },
  cell: { padding: `0 ${tokens.spacingHorizontalS}`, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flexShrink: 0, boxSizing: 'border-box' },
  placeholder: { color: tokens.colorNeutralForeground4 },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

const helper = createColumnHelper<LogListItem>();

export interface LogGridProps {
  filter: LogFilter;
  sort: LogSort;
  onSortChange(sort: LogSort): void;
  visibleColumns: readonly string[];
  total: number;
  /** Whether `total` is this view's own count (not the previous view's, kept while it loads). */
  totalSettled: boolean;
  version: number;
  selectedId: string | null;
  activeIndex: number;
  onActiveIndexChange(index: number): void;
  onOpen(item: LogListItem): void;
}

/**
 * The records of the current view in a virtualized ARIA grid: only the rows in sight (plus a few)
 * are in the DOM, pages load as they scroll into view. Sorting and column choice go through
 * TanStack Table's state; the rows themselves come from the store, already sorted.
 */
export function LogGrid(props: LogGridProps) {
  const { filter, sort, total, selectedId, activeIndex, onActiveIndexChange, onOpen } = props;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const { rowAt, ensure } = useLogRows(filter, sort, props.version, props.totalSettled ? total : null);

  const columns = useMemo(() => LOG_COLUMNS.map((c) => helper.accessor((row) => c.value(row), { id: c.id, header: c.label, size: c.width, enableSorting: c.sort !== undefined })), []);
  const sorting: SortingState = useMemo(() => {
    const column = LOG_COLUMNS.find((c) => c.sort === sort.column);
    return column ? [{ id: column.id, desc: sort.direction === 'desc' }] : [];
  }, [sort]);
  const columnVisibility: VisibilityState = useMemo(() => Object.fromEntries(LOG_COLUMNS.map((c) => [c.id, props.visibleColumns.includes(c.id)])), [props.visibleColumns]);
  // The table holds no rows (they stream in from the store), only column, sort and visibility state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<LogListItem>({
    data: [],
    columns,
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const column = LOG_COLUMNS.find((c) => c.id === first?.id);
      if (first && column?.sort) props.onSortChange({ column: column.sort, direction: first.desc ? 'desc' : 'asc' });
    },
    getCoreRowModel: getCoreRowModel(),
  });
  const visible = table.getVisibleLeafColumns();
  const byId = new Map(LOG_COLUMNS.map((c) => [c.id, c]));

  // Every row has the same height, so the rows in view follow from the scroll position alone: no
  // per-row measurements, whatever the number of rows (see rowWindow.ts).
  const [view, setView] = useState({ scrollTop: 0, clientHeight: 0, clientWidth: 0 });
  const readView = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const { scrollTop, clientHeight, clientWidth } = element;
    setView((current) => (current.scrollTop === scrollTop && current.clientHeight === clientHeight && current.clientWidth === clientWidth ? current : { scrollTop, clientHeight, clientWidth }));
  }, []);
  const widths = fitColumns(visible.map((c) => c.getSize()), view.clientWidth);
  const widthOf = new Map(visible.map((c, i) => [c.id, widths[i]!]));
  const width = widths.reduce((sum, w) => sum + w, 0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    readView();
    const observer = new ResizeObserver(readView);
    observer.observe(element);
    return () => observer.disconnect();
  }, [readView]);
  // The header row stays on top of the rows; they are seen below it.
  const geometry = { total, rowHeight: ROW_HEIGHT, viewHeight: Math.max(0, view.clientHeight - ROW_HEIGHT) };
  const rows = rowWindow(geometry, view.scrollTop, OVERSCAN);
  const { first, last } = rows;
  useEffect(() => {
    if (last >= first) ensure(first, last);
  }, [first, last, ensure]);

  // A new filter or sort is a new list: start at its top.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    readView();
  }, [filter, sort, readView]);

  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || activeIndex < 0 || activeIndex >= total) return;
    element.scrollTop = scrollTopFor(geometryRef.current, element.scrollTop, activeIndex);
    // Read back at once (the browser clamps it) rather than a frame later from the scroll event.
    readView();
  }, [activeIndex, total, readView]);

  const placeholderCell = mergeClasses(styles.cell, styles.placeholder);
  const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0 || event.target !== event.currentTarget) return;
    const move: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, PageDown: activeIndex + pageRows, PageUp: activeIndex - pageRows, Home: 0, End: total - 1 };
    if (event.key in move) {
      event.preventDefault();
      const target = Math.max(0, Math.min(total - 1, move[event.key]!));
      // Ask for the rows around the destination now, while the grid renders its way there: the row
      // lands at the bottom of the view when moving down, at the top when moving up.
      const [before, after] = target > activeIndex ? [pageRows + OVERSCAN, OVERSCAN] : [OVERSCAN, pageRows + OVERSCAN];
      ensure(Math.max(0, target - before), Math.min(total - 1, target + after));
      onActiveIndexChange(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const item = rowAt(Math.max(0, activeIndex));
      if (item) {
        event.preventDefault();
        onOpen(item);
      }
    }
  };

  return (
    <div
      ref={scroller}
      onScroll={readView}
      className={styles.grid}
      role="grid"
      aria-label="Provisioning-log records"
      aria-rowcount={total + 1}
      aria-colcount={visible.length}
      aria-activedescendant={activeIndex >= 0 ? `log-row-${activeIndex}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="log-grid"
    >
      <div className={styles.header} role="row" aria-rowindex={1} style={{ width }}>
        {table.getHeaderGroups()[0]!.headers.map((header) => {
          const sorted = header.column.getIsSorted();
          return (
            <button
              key={header.id}
              type="button"
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              className={styles.headerCell}
              style={{ width: widthOf.get(header.column.id), cursor: header.column.getCanSort() ? 'pointer' : 'default' }}
              onClick={header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined}
              title={header.column.getCanSort() ? `Sort by ${String(header.column.columnDef.header)}` : undefined}
            >
              {String(header.column.columnDef.header)}
              {sorted === 'asc' && <ArrowSortUpRegular aria-hidden />}
              {sorted === 'desc' && <ArrowSortDownRegular aria-hidden />}
            </button>
          );
        })}
      </div>
      {total === 0 && <div className={styles.empty}>No records match this filter.</div>}
      <div style={{ height: rows.height, width, position: 'relative' }} role="rowgroup">
        {Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i).map((index) => {
          const item = rowAt(index);
          return (
            <div
              key={index}
              id={`log-row-${index}`}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={item !== undefined && item.id === selectedId}
              data-testid="log-row"
              className={mergeClasses(styles.row, item?.id === selectedId && styles.selected, index === activeIndex && styles.active)}
              style={{ top: rows.top(index), width }}
              onClick={() => {
                onActiveIndexChange(index);
                if (item) onOpen(item);
              }}
            >
              {visible.map((column) => {
                const spec = byId.get(column.id)!;
                return (
                  <div key={column.id} role="gridcell" className={item ? styles.cell : placeholderCell} style={{ width: widthOf.get(column.id) }}>
                    {!item ? (column.id === visible[0]!.id ? 'Loading…' : '') : column.id === 'status' ? <StatusBadge status={item.status} /> : spec.value(item)}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
