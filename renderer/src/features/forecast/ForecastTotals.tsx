import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ForecastSummary } from '../../../../shared/ipc/contracts/forecast';
import type { LogStatus } from '../../../../shared/sync/forecast-types';
import type { ObjectAction } from '../../../../shared/sync/types';
import { explainErrorCode } from '../../../../shared/logs/error-explanations';
import { ACTIONS, ACTION_COLOR, ACTION_LABEL, LOG_STATUSES, STATUS_BADGE, STATUS_COLOR } from './forecastLabels';
import { TotalsBars } from './TotalsBars';
import type { RowFilter } from './rowFilter';

/** Codes Entra logs with the Skipped status (painted grey, never as failures). */
const SKIP_CODES = new Set(['EntrySynchronizationSkipped', 'RedundantExport', 'ImportSkipped']);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}` },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  chartTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Totals by outcome (badges and bars), by action and by error code; a bar narrows the table to its objects. */
export function ForecastTotals({ summary, onFilter }: { summary: ForecastSummary; onFilter: (patch: Partial<RowFilter>) => void }) {
  const styles = useStyles();
  const t = summary.totals;
  const codes = Object.entries(t.byErrorCode).sort((a, b) => b[1] - a[1]);
  return (
    <div className={styles.root} data-testid="forecast-totals">
      <div className={styles.badges} data-testid="forecast-status-badges">
        {LOG_STATUSES.map((status) => (
          <Badge key={status} appearance={t.byLogStatus[status] ? 'tint' : 'ghost'} color={t.byLogStatus[status] ? STATUS_BADGE[status] : 'subtle'} data-status={status}>
            {status} {t.byLogStatus[status].toLocaleString()}
          </Badge>
        ))}
      </div>
      <div className={styles.grid}>
        <div className={styles.chart}>
          <h4 className={styles.chartTitle}>By outcome</h4>
          <TotalsBars
            label="Objects by outcome"
            testId="forecast-bars-status"
            bars={LOG_STATUSES.map((s) => ({ key: s, label: s, value: t.byLogStatus[s], color: STATUS_COLOR[s] }))}
            onPick={(key) => onFilter({ logStatus: key as LogStatus })}
          />
        </div>
        <div className={styles.chart}>
          <h4 className={styles.chartTitle}>By action</h4>
          <TotalsBars
            label="Objects by action"
            testId="forecast-bars-action"
            bars={ACTIONS.filter((a) => t.byAction[a] > 0 || a === 'create' || a === 'update').map((a) => ({ key: a, label: ACTION_LABEL[a], value: t.byAction[a], color: ACTION_COLOR[a] }))}
            onPick={(key) => onFilter({ action: key as ObjectAction })}
          />
        </div>
        <div className={styles.chart}>
          <h4 className={styles.chartTitle}>Error and skip codes</h4>
          <TotalsBars
            label="Objects by error code"
            testId="forecast-bars-code"
            bars={codes.slice(0, 6).map(([code, n]) => ({ key: code, label: code, value: n, color: SKIP_CODES.has(code) ? STATUS_COLOR.Skipped : STATUS_COLOR.Failure, hint: explainErrorCode(code)?.title ?? '' }))}
            onPick={(key) => onFilter({ code: key })}
          />
        </div>
      </div>
    </div>
  );
}
