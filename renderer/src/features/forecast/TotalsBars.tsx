import { makeStyles, tokens } from '@fluentui/react-components';

export interface TotalsBar {
  key: string;
  label: string;
  value: number;
  color: string;
  /** Why the bar is there, for the tooltip and screen readers. */
  hint?: string;
}

const useStyles = makeStyles({
  bars: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 42%) minmax(0, 1fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    width: '100%',
    minHeight: '26px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    textAlign: 'left',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ':disabled': { cursor: 'default', color: tokens.colorNeutralForeground3 },
  },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  track: { display: 'flex', alignItems: 'center', minWidth: 0 },
  segment: { display: 'block', height: '14px', minWidth: '2px', flexShrink: 0, borderRadius: '2px' },
  value: { marginLeft: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, flexShrink: 0, fontVariantNumeric: 'tabular-nums' },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * Horizontal bars in HTML in the log charts' style: the app's font, an ellipsis for long labels, the
 * full text on hover. Each bar is a button that narrows the table of objects to it.
 */
export function TotalsBars({ label, bars, onPick, testId }: { label: string; bars: readonly TotalsBar[]; onPick: (key: string) => void; testId: string }) {
  const styles = useStyles();
  if (bars.length === 0) return <p className={styles.empty}>None.</p>;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className={styles.bars} aria-label={label} data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.key}>
          <button
            type="button"
            className={styles.row}
            disabled={bar.value === 0}
            title={`${bar.label}: ${bar.value.toLocaleString()}${bar.hint ? ` — ${bar.hint}` : ''}`}
            aria-label={`${bar.label}: ${bar.value.toLocaleString()}. Show these objects`}
            onClick={() => onPick(bar.key)}
            data-testid="forecast-bar"
            data-key={bar.key}
          >
            <span className={styles.label}>{bar.label}</span>
            <span className={styles.track}>
              {bar.value > 0 && <span className={styles.segment} style={{ width: `${(85 * bar.value) / max}%`, backgroundColor: bar.color }} />}
              <span className={styles.value}>{bar.value.toLocaleString()}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
