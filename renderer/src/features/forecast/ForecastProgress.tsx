import { Button, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { ForecastProgressState } from './useForecastRun';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  bar: { flex: '1 1 240px', minWidth: '160px' },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
});

/** A running forecast: how far it is, and Cancel (the objects done so far are kept as a partial forecast). */
export function ForecastProgress({ progress, onCancel }: { progress: ForecastProgressState; onCancel: () => void }) {
  const styles = useStyles();
  const text = progress.cancelling
    ? 'Cancelling…'
    : progress.total
      ? `Forecasting the first cycle: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} objects`
      : 'Forecasting the first cycle: reading the scope…';
  return (
    <div className={styles.root} data-testid="forecast-progress">
      <ProgressBar className={styles.bar} thickness="large" {...(progress.total ? { value: progress.done / progress.total } : {})} aria-label="Forecast progress" />
      <span className={styles.label} aria-live="polite">
        {text}
      </span>
      <Button onClick={onCancel} disabled={progress.cancelling} data-testid="forecast-cancel">
        Cancel
      </Button>
    </div>
  );
}
