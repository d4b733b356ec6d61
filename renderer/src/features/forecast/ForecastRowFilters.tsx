import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { ForecastSummary } from '../../../../shared/ipc/contracts/forecast';
import type { LogStatus } from '../../../../shared/sync/forecast-types';
import type { ObjectAction } from '../../../../shared/sync/types';
import { ACTIONS, ACTION_LABEL, LOG_STATUSES } from './forecastLabels';
import type { RowFilter } from './rowFilter';

const useStyles = makeStyles({
  // A grid, so the fields share the width evenly and wrap whole (a Select never overlaps its neighbour).
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, alignItems: 'end' },
  search: { gridColumn: 'span 2', minWidth: 0 },
  select: { minWidth: 0 },
  code: { minWidth: 0 },
  control: { width: '100%', minWidth: 0 },
});

/** Filters for the table of objects: text (name, UPN, matching value, verdict), kind, outcome, action and error or finding code. */
export function ForecastRowFilters({ summary, filter, onChange }: { summary: ForecastSummary; filter: RowFilter; onChange: (patch: Partial<RowFilter>) => void }) {
  const styles = useStyles();
  const codes = [...new Set([...Object.keys(summary.totals.byErrorCode), ...Object.keys(summary.totals.byFinding)])].sort();
  return (
    <div className={styles.root} role="search" aria-label="Filter the objects" data-testid="forecast-filters">
      <Field label="Search" className={styles.search}>
        <Input className={styles.control} contentBefore={<SearchRegular aria-hidden />} placeholder="Name, UPN, matching value or verdict" value={filter.search} onChange={(_, d) => onChange({ search: d.value })} data-testid="forecast-search" />
      </Field>
      <Field label="Kind" className={styles.select}>
        <Select className={styles.control} value={filter.kind ?? ''} onChange={(_, d) => onChange({ kind: (d.value || undefined) as RowFilter['kind'] })} data-testid="forecast-filter-kind">
          <option value="">Users and groups</option>
          <option value="User">Users</option>
          <option value="Group">Groups</option>
        </Select>
      </Field>
      <Field label="Outcome" className={styles.select}>
        <Select className={styles.control} value={filter.logStatus ?? ''} onChange={(_, d) => onChange({ logStatus: (d.value || undefined) as LogStatus | undefined })} data-testid="forecast-filter-outcome">
          <option value="">Any outcome</option>
          {LOG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Action" className={styles.select}>
        <Select className={styles.control} value={filter.action ?? ''} onChange={(_, d) => onChange({ action: (d.value || undefined) as ObjectAction | undefined })} data-testid="forecast-filter-action">
          <option value="">Any action</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABEL[a]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Error or finding code" className={styles.code}>
        <Select className={styles.control} value={filter.code ?? ''} onChange={(_, d) => onChange({ code: d.value || undefined })} data-testid="forecast-filter-code">
          <option value="">Any code</option>
          {codes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
