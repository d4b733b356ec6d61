import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingRows } from '../../components/Loading';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useQuery } from '../../lib/useQuery';
import { formatDate } from './logColumns';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', backgroundColor: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, height: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, whiteSpace: 'nowrap' },
    '& th': { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3 },
  },
  num: { textAlign: 'right' },
  failure: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  empty: { padding: tokens.spacingHorizontalM },
});

/** The current view grouped by provisioning cycle, newest first, with per-cycle outcome counts. */
export function CyclesView({ filter, onOpenCycle }: { filter: LogFilter; onOpenCycle(cycleId: string): void }) {
  const styles = useStyles();
  const cycles = useQuery('logs:cycles', { filter, offset: 0, limit: 500 }, { keepPreviousData: true });
  if (cycles.status === 'error') return <ErrorMessage error={cycles.error} onRetry={cycles.reload} />;
  if (!cycles.data) return <LoadingRows label="Loading cycles" />;
  return (
    <div className={styles.wrap} data-testid="log-cycles">
      <table className={styles.table}>
        <caption>
          <VisuallyHidden>Provisioning cycles in the current view</VisuallyHidden>
        </caption>
        <thead>
          <tr>
            <th>Cycle</th>
            <th>Application</th>
            <th>Started (UTC)</th>
            <th>Ended (UTC)</th>
            <th className={styles.num}>Records</th>
            <th className={styles.num}>Success</th>
            <th className={styles.num}>Failure</th>
            <th className={styles.num}>Skipped</th>
            <th className={styles.num}>Warning</th>
          </tr>
        </thead>
        <tbody>
          {cycles.data.map((c) => (
            <tr key={c.cycleId}>
              <td>
                <Button appearance="transparent" size="small" className={styles.mono} onClick={() => onOpenCycle(c.cycleId)} title="Show this cycle's records">
                  {c.cycleId.slice(0, 8)}…
                </Button>
              </td>
              <td>{c.appName ?? ''}</td>
              <td>{formatDate(c.firstDateTime)}</td>
              <td>{formatDate(c.lastDateTime)}</td>
              <td className={styles.num}>{c.total}</td>
              <td className={styles.num}>{c.success}</td>
              <td className={c.failure > 0 ? `${styles.num} ${styles.failure}` : styles.num}>{c.failure}</td>
              <td className={styles.num}>{c.skipped}</td>
              <td className={styles.num}>{c.warning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cycles.data.length === 0 && <p className={styles.empty}>No cycles in this view.</p>}
    </div>
  );
}
