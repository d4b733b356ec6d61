import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { LogStatsRow } from '../../../../shared/logs/log-dto';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { explainErrorCode } from '../../../../shared/logs/error-explanations';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingRows } from '../../components/Loading';
import { Section } from '../../components/Section';
import { useQuery } from '../../lib/useQuery';
import { titleCase } from './logColumns';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(440px, 1fr))', gap: tokens.spacingHorizontalL },
  svg: { width: '100%', height: 'auto', display: 'block', color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, flexWrap: 'wrap' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, borderRadius: '2px' },
  bar: { cursor: 'pointer', ':hover': { opacity: 0.8 } },
  bars: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  barRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 40%) minmax(0, 1fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    minHeight: '26px',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  barLabel: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  track: { display: 'flex', alignItems: 'center', minWidth: 0 },
  segment: { display: 'block', height: '14px', minWidth: '2px', flexShrink: 0 },
  barValue: { marginLeft: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, flexShrink: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Outcome colours from the theme, so the charts follow light and dark mode. */
const OUTCOMES = [
  { key: 'success', label: 'Success', color: tokens.colorPaletteGreenBackground3 },
  { key: 'failure', label: 'Failure', color: tokens.colorPaletteRedBackground3 },
  { key: 'skipped', label: 'Skipped', color: tokens.colorNeutralForeground4 },
  { key: 'warning', label: 'Warning', color: tokens.colorPaletteYellowBackground3 },
] as const;

type Outcome = (typeof OUTCOMES)[number]['key'];

function Legend({ only }: { only?: readonly Outcome[] }) {
  const styles = useStyles();
  return (
    <div className={styles.legend} aria-hidden>
      {OUTCOMES.filter((o) => !only || only.includes(o.key)).map((o) => (
        <span key={o.key}>
          <span className={styles.swatch} style={{ backgroundColor: o.color }} />
          {o.label}
        </span>
      ))}
    </div>
  );
}

/** Hand-written SVG charts over the current filter; clicking a bar narrows the filter to it. */
export function LogCharts({ filter, onFilter }: { filter: LogFilter; onFilter(patch: Partial<LogFilter>): void }) {
  const styles = useStyles();
  return (
    <div className={styles.grid} data-testid="log-charts">
      <Section title="Outcomes over time" actions={<Legend />}>
        <ChartQuery filter={filter} by="day" limit={400} render={(rows) => <OutcomesOverTime rows={rows} />} />
      </Section>
      <Section title="Top error and skip codes" actions={<Legend only={['failure', 'skipped', 'warning']} />}>
        <ChartQuery
          filter={filter}
          by="errorCode"
          limit={10}
          render={(rows) => <HorizontalBars rows={rows} label={(r) => r.key ?? ''} hint={(r) => explainErrorCode(r.key)?.title ?? 'Unknown code'} segments={(r) => outcomeSegments(r, ['failure', 'skipped', 'warning'])} onPick={(r) => r.key && onFilter({ errorCode: r.key })} />}
        />
      </Section>
      <Section title="Top failing identities">
        <ChartQuery
          filter={{ ...filter, status: ['failure'] }}
          by="identity"
          limit={10}
          render={(rows) => <HorizontalBars rows={rows} label={(r) => r.label || r.key || '(unknown)'} hint={(r) => r.key ?? ''} segments={(r) => outcomeSegments(r, ['failure'])} onPick={(r) => r.key && onFilter({ subjectId: r.key })} />}
        />
      </Section>
      <Section title="Actions by app">
        <ActionsByApp filter={filter} onFilter={onFilter} />
      </Section>
    </div>
  );
}

function ChartQuery({ filter, by, limit, render }: { filter: LogFilter; by: 'day' | 'errorCode' | 'identity' | 'app' | 'action'; limit: number; render(rows: LogStatsRow[]): ReactNode }) {
  const styles = useStyles();
  const stats = useQuery('logs:stats', { filter, by, limit }, { keepPreviousData: true });
  if (stats.status === 'error') return <ErrorMessage error={stats.error} />;
  if (!stats.data) return <LoadingRows label="Loading the chart" rows={3} />;
  if (stats.data.length === 0) return <p className={styles.empty}>No records in this view.</p>;
  return <>{render(stats.data)}</>;
}

function OutcomesOverTime({ rows }: { rows: LogStatsRow[] }) {
  const styles = useStyles();
  const width = 560;
  const height = 200;
  const left = 40;
  const bottom = 26;
  const top = 10;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const slot = (width - left) / rows.length;
  const barWidth = Math.max(1, slot * 0.8);
  const y = (v: number) => ((height - bottom - top) * v) / max;
  const ticks = [0, Math.round(max / 2), max];
  const labelEvery = Math.ceil(rows.length / 8);
  return (
    <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Outcomes per day over ${rows.length} days`}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width} y1={height - bottom - y(t)} y2={height - bottom - y(t)} stroke="currentColor" strokeOpacity={0.15} />
          <text x={left - 4} y={height - bottom - y(t) + 4} textAnchor="end" fontSize={12} fill="currentColor">
            {t}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        let stacked = 0;
        const x = left + i * slot + (slot - barWidth) / 2;
        return (
          <g key={row.key}>
            <title>{`${row.key}: ${row.total} records — ${OUTCOMES.map((o) => `${row[o.key as Outcome]} ${o.label.toLowerCase()}`).join(', ')}`}</title>
            {OUTCOMES.map((o) => {
              const h = y(row[o.key as Outcome]);
              stacked += h;
              return h > 0 ? <rect key={o.key} x={x} y={height - bottom - stacked} width={barWidth} height={h} fill={o.color} /> : null;
            })}
            {i % labelEvery === 0 && (
              <text x={x + barWidth / 2} y={height - 6} textAnchor="middle" fontSize={12} fill="currentColor">
                {(row.key ?? '').slice(5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** One segment of a bar: an outcome (or action) and its count. */
interface BarSegment {
  key: string;
  label: string;
  value: number;
  color: string;
}

/**
 * Horizontal bars in HTML, so labels use the app's font size, shorten with an ellipsis and show the
 * full text on hover (and to screen readers); each bar is stacked by outcome so that skips are never
 * painted as failures.
 */
function HorizontalBars({ rows, label, hint, segments, onPick }: { rows: LogStatsRow[]; label(r: LogStatsRow): string; hint(r: LogStatsRow): string; segments(r: LogStatsRow): BarSegment[]; onPick(r: LogStatsRow): void }) {
  const styles = useStyles();
  const totals = rows.map((r) => segments(r).reduce((sum, seg) => sum + seg.value, 0));
  const max = Math.max(1, ...totals);
  return (
    <ul className={styles.bars} role="list">
      {rows.map((row, i) => {
        const text = label(row);
        const parts = segments(row).filter((seg) => seg.value > 0);
        const total = totals[i]!;
        const breakdown = parts.map((seg) => `${seg.value} ${seg.label.toLowerCase()}`).join(', ');
        return (
          <li
            key={row.key ?? i}
            role="listitem"
            tabIndex={0}
            className={styles.barRow}
            aria-label={`${text}: ${total} (${breakdown}). ${hint(row)}`}
            title={`${text}: ${total} (${breakdown})${hint(row) ? ` — ${hint(row)}` : ''}`}
            onClick={() => onPick(row)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onPick(row))}
            data-testid="chart-bar"
          >
            <span className={styles.barLabel} data-testid="chart-bar-label">
              {text}
            </span>
            <span className={styles.track}>
              {parts.map((seg) => (
                <span key={seg.key} className={styles.segment} style={{ width: `${(85 * seg.value) / max}%`, backgroundColor: seg.color }} data-outcome={seg.key} />
              ))}
              <span className={styles.barValue}>{total.toLocaleString()}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function outcomeSegments(row: LogStatsRow, only?: readonly Outcome[]): BarSegment[] {
  return OUTCOMES.filter((o) => !only || only.includes(o.key)).map((o) => ({ key: o.key, label: o.label, value: row[o.key as Outcome], color: o.color }));
}

const ACTION_COLORS: Record<string, string> = {
  create: tokens.colorPaletteBlueBorderActive,
  update: tokens.colorPaletteTealBackground2,
  delete: tokens.colorPaletteRedBackground3,
  disable: tokens.colorPaletteDarkOrangeBackground3,
  stageddelete: tokens.colorPaletteMarigoldBackground3,
  other: tokens.colorNeutralForeground4,
};

function ActionsByApp({ filter, onFilter }: { filter: LogFilter; onFilter(patch: Partial<LogFilter>): void }) {
  const styles = useStyles();
  const apps = useQuery('logs:stats', { filter, by: 'app', limit: 12 }, { keepPreviousData: true });
  if (apps.status === 'error') return <ErrorMessage error={apps.error} />;
  if (!apps.data) return <LoadingRows label="Loading the chart" rows={3} />;
  if (apps.data.length === 0) return <p className={styles.empty}>No records in this view.</p>;
  const max = Math.max(...apps.data.map((a) => a.total));
  return (
    <div className={styles.bars}>
      <div className={styles.legend} aria-hidden>
        {Object.entries(ACTION_COLORS).map(([action, color]) => (
          <span key={action}>
            <span className={styles.swatch} style={{ backgroundColor: color }} />
            {action === 'stageddelete' ? 'Staged delete' : titleCase(action)}
          </span>
        ))}
      </div>
      {apps.data.map((app) => (
        <AppActionsBar key={app.key} app={app} max={max} filter={filter} onFilter={onFilter} />
      ))}
    </div>
  );
}

function AppActionsBar({ app, max, filter, onFilter }: { app: LogStatsRow; max: number; filter: LogFilter; onFilter(patch: Partial<LogFilter>): void }) {
  const styles = useStyles();
  const actions = useQuery('logs:stats', { filter: { ...filter, app: app.key ?? '' }, by: 'action', limit: 10 }, { keepPreviousData: true });
  const name = app.label ?? app.key ?? '(unknown app)';
  const summary = (actions.data ?? []).map((a) => `${a.total} ${a.key}`).join(', ');
  return (
    <div className={styles.barRow} role="img" aria-label={`${name}: ${summary}`} data-testid="chart-app-bar">
      <span className={styles.barLabel} title={name} data-testid="chart-bar-label">
        {name}
      </span>
      <span className={styles.track}>
        {(actions.data ?? []).map((a) => (
          <span
            key={a.key}
            className={`${styles.segment} ${styles.bar}`}
            style={{ width: `${(85 * a.total) / Math.max(1, max)}%`, backgroundColor: ACTION_COLORS[a.key ?? 'other'] ?? ACTION_COLORS.other }}
            title={`${name}: ${a.total} ${a.key}`}
            onClick={() => app.key && onFilter({ app: app.key, action: [a.key as never] })}
          />
        ))}
        <span className={styles.barValue}>{app.total.toLocaleString()}</span>
      </span>
    </div>
  );
}
