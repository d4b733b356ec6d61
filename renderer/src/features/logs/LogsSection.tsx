import { Badge, Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { DEFAULT_LOG_SORT, presetSince, type DatePreset, type LogFilter, type LogSort } from '../../../../shared/logs/log-filter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFileDrop } from '../../lib/useFileDrop';
import { useQuery } from '../../lib/useQuery';
import { useWorkspaceVersion } from '../../lib/workspaceVersion';
import { ColumnChooser } from './ColumnChooser';
import { CyclesView } from './CyclesView';
import { ExportLogsMenu } from './ExportLogsMenu';
import { LogAnalyticsButton } from '../loganalytics/LogAnalyticsButton';
import { ImportLogsButton as ImportLogsButtonView } from './ImportLogsButton';
import { LogCharts } from './LogCharts';
import { LogDetailPane } from './LogDetailPane';
import { LogFilterBar as LogFilterBarView } from './LogFilterBar';
import { LogGrid } from './LogGrid';
import { LogsNotices, type LogsNotice, type NoticeKey } from './LogsNotices';
import { useFillHeight } from './useFillHeight';
import { filterFromLogsPath } from './logsLink';
import { PullLogsButton as PullLogsButtonView } from './PullLogsButton';
import { useLogImport } from './useLogImport';
import { DEFAULT_VISIBLE_COLUMNS, LOG_COLUMNS } from './logColumns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  actions: { marginLeft: 'auto', display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', flexWrap: 'wrap' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', fontSize: tokens.fontSizeBase300 },
  total: { fontWeight: tokens.fontWeightSemibold },
  viewRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  // The grid and the detail pane fill the window down to its bottom edge (see useFillHeight).
  records: { display: 'grid', gap: tokens.spacingHorizontalM, minHeight: '320px' },
  withDetail: { gridTemplateColumns: 'minmax(0, 1fr) minmax(380px, 42%)' },
  single: { gridTemplateColumns: 'minmax(0, 1fr)' },
  cycles: { minHeight: '320px' },
  // Files dragged over the view: it is one drop target for log files.
  dropping: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, outlineOffset: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium },
});

// A new count re-renders the section: these parts do not depend on it and skip that render.
const LogFilterBar = memo(LogFilterBarView);
const PullLogsButton = memo(PullLogsButtonView);
const ImportLogsButton = memo(ImportLogsButtonView);

const COLUMNS_KEY = 'pwb.logs.columns';
type View = 'records' | 'cycles' | 'charts';

function storedColumns(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    if (Array.isArray(stored) && stored.every((c) => LOG_COLUMNS.some((col) => col.id === c)) && stored.length > 0) return stored as string[];
  } catch {
    /* a damaged preference falls back to the defaults */
  }
  return [...DEFAULT_VISIBLE_COLUMNS];
}

/** The "Provisioning logs" section: everything stored locally, filtered, counted, explained and charted. */
export function LogsSection({ path = [] }: { path?: readonly string[] }) {
  const styles = useStyles();
  // A link into the logs (e.g. a trial run's records) opens on its own filter, over all time.
  const [linked] = useState(() => filterFromLogsPath(path));
  const [preset, setPreset] = useState<DatePreset | 'custom'>(linked ? (linked.since || linked.until ? 'custom' : 'all') : '30d');
  const [filter, setFilter] = useState<LogFilter>(() => linked ?? { since: presetSince('30d', new Date()) });
  const [sort, setSort] = useState<LogSort>(DEFAULT_LOG_SORT);
  const [view, setView] = useState<View>('records');
  const [columns, setColumns] = useState<string[]>(storedColumns);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [historyName, setHistoryName] = useState<string | null>(null);
  const [notices, setNotices] = useState<Partial<Record<NoticeKey, LogsNotice>>>({});
  const setNotice = useCallback((key: NoticeKey, notice: LogsNotice | null) => {
    setNotices((current) => {
      const next = { ...current };
      if (notice) next[key] = notice;
      else delete next[key];
      return next;
    });
  }, []);
  const onPullNotice = useCallback((notice: LogsNotice | null) => setNotice('pull', notice), [setNotice]);
  const onImportNotice = useCallback((notice: LogsNotice | null) => setNotice('import', notice), [setNotice]);
  const logImport = useLogImport(onImportNotice);
  const drop = useFileDrop(logImport.start, logImport.refuse, 'pwb logs import FILE...', !logImport.busy);
  // What the identity history replaced (sort and dates), put back when the admin leaves it.
  const beforeHistory = useRef<{ sort: LogSort; preset: DatePreset | 'custom'; since: string | undefined; until: string | undefined } | null>(null);
  const recordsBox = useRef<HTMLDivElement>(null);
  const cyclesBox = useRef<HTMLDivElement>(null);
  const version = useWorkspaceVersion();
  const counts = useQuery('logs:counts', { filter }, { keepPreviousData: true });
  const total = counts.data?.total ?? 0;

  const change = useCallback((patch: Partial<LogFilter>) => {
    setFilter((current) => {
      const next: LogFilter = { ...current, ...patch };
      for (const key of Object.keys(next) as Array<keyof LogFilter>) if (next[key] === undefined) delete next[key];
      return next;
    });
    setActiveIndex(-1);
  }, []);
  const choosePreset = useCallback(
    (p: DatePreset | 'custom') => {
      setPreset(p);
      if (p !== 'custom') change({ since: presetSince(p, new Date()), until: undefined });
    },
    [change],
  );
  // Clear filters returns to what the viewer opens on: the last 30 days, newest first.
  const clearFilters = useCallback(() => {
    setPreset('30d');
    setHistoryName(null);
    beforeHistory.current = null;
    setSort(DEFAULT_LOG_SORT);
    setFilter({ since: presetSince('30d', new Date()) });
    setActiveIndex(-1);
  }, []);
  const leaveHistory = () => {
    const before = beforeHistory.current;
    beforeHistory.current = null;
    setHistoryName(null);
    if (!before) {
      change({ subjectId: undefined });
      return;
    }
    setSort(before.sort);
    setPreset(before.preset);
    change({ subjectId: undefined, since: before.since, until: before.until });
  };
  const chooseColumns = (next: string[]) => {
    setColumns(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  };
  const gridFilter = useMemo(() => filter, [filter]);
  const fillHeight = { records: useFillHeight(recordsBox, view === 'records'), cycles: useFillHeight(cyclesBox, view === 'cycles') };

  return (
    <section
      className={`${styles.root} ${drop.dragging ? styles.dropping : ''}`}
      aria-labelledby="logs-title"
      data-testid="logs-section"
      {...drop.handlers}
      onKeyDown={(e) => e.key === 'Escape' && selectedId && setSelectedId(null)}
    >
      <div className={styles.head}>
        <div>
          <h2 className={styles.title} id="logs-title">
            Provisioning logs
          </h2>
          <p className={styles.subtitle}>Every record imported or pulled into this workspace, kept beyond the portal's 30 days.</p>
        </div>
        <div className={styles.actions}>
          <PullLogsButton onNotice={onPullNotice} />
          <ImportLogsButton busy={logImport.busy} onPicked={logImport.start} onRefused={logImport.refuse} />
          <ExportLogsMenu filter={filter} sort={sort} total={total} />
          <LogAnalyticsButton filter={filter} />
          <ColumnChooser visible={columns} onChange={chooseColumns} />
        </div>
      </div>
      <LogsNotices notices={notices} onDismiss={(key) => setNotice(key, null)} />
      <LogFilterBar
        filter={filter}
        preset={preset}
        onPreset={choosePreset}
        onChange={change}
        onClear={clearFilters}
      />
      <div className={styles.viewRow}>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="View">
          <Tab value="records">Records</Tab>
          <Tab value="cycles">By cycle</Tab>
          <Tab value="charts">Charts</Tab>
        </TabList>
        <div className={styles.counts} aria-live="polite" aria-busy={counts.status === 'loading'} data-testid="log-counts">
          {counts.data ? (
            <>
              <span className={styles.total}>{total.toLocaleString()} records</span>
              <Badge appearance="tint" color="success">{counts.data.success.toLocaleString()} success</Badge>
              <Badge appearance="tint" color="danger">{counts.data.failure.toLocaleString()} failure</Badge>
              <Badge appearance="tint" color="informative">{counts.data.skipped.toLocaleString()} skipped</Badge>
              {counts.data.warning > 0 && <Badge appearance="tint" color="warning">{counts.data.warning.toLocaleString()} warning</Badge>}
            </>
          ) : (
            <span>Counting…</span>
          )}
        </div>
        {filter.subjectId && (
          <Button
            size="small"
            icon={<DismissRegular />}
            iconPosition="after"
            onClick={leaveHistory}
            title="Leave this identity's history (restores the previous sort and dates)"
          >
            History of {historyName || filter.subjectId}
          </Button>
        )}
      </div>
      {counts.status === 'error' && <ErrorMessage error={counts.error} title="Could not read the log store" onRetry={counts.reload} />}
      {view === 'records' && (
        <div ref={recordsBox} style={{ height: fillHeight.records }} className={`${styles.records} ${selectedId ? styles.withDetail : styles.single}`}>
          <LogGrid
            filter={gridFilter}
            sort={sort}
            onSortChange={(s) => {
              setSort(s);
              setActiveIndex(-1);
            }}
            visibleColumns={columns}
            total={total}
            totalSettled={counts.status === 'success'}
            version={version}
            selectedId={selectedId}
            activeIndex={activeIndex}
            onActiveIndexChange={setActiveIndex}
            onOpen={(item) => setSelectedId(item.id)}
          />
          {selectedId && (
            <LogDetailPane
              id={selectedId}
              onClose={() => setSelectedId(null)}
              onHistory={(subjectId, name) => {
                beforeHistory.current ??= { sort, preset, since: filter.since, until: filter.until };
                setHistoryName(name);
                setSort({ column: 'activityDateTime', direction: 'asc' });
                change({ subjectId, since: undefined, until: undefined });
                setPreset('all');
              }}
            />
          )}
        </div>
      )}
      {view === 'cycles' && (
        <div ref={cyclesBox} style={{ height: fillHeight.cycles }} className={styles.cycles}>
          <CyclesView
            filter={filter}
            onOpenCycle={(cycleId) => {
              change({ cycleId });
              setView('records');
            }}
          />
        </div>
      )}
      {view === 'charts' && (
        <LogCharts
          filter={filter}
          onFilter={(patch) => {
            change(patch);
            setView('records');
          }}
        />
      )}
    </section>
  );
}
