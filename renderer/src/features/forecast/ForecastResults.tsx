import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ForecastSummary } from '../../../../shared/ipc/contracts/forecast';
import type { ForecastRow } from '../../../../shared/sync/forecast-types';
import { Section } from '../../components/Section';
import { useDebouncedValue } from '../trial/useDebouncedValue';
import { CrossObjectProblems } from './CrossObjectProblems';
import { ForecastObjectDialog } from './ForecastObjectDialog';
import { ForecastRowFilters } from './ForecastRowFilters';
import { ForecastRowsTable } from './ForecastRowsTable';
import { ForecastTotals } from './ForecastTotals';
import { count } from './forecastLabels';
import { QuarantineForecastNote } from './QuarantineForecastNote';
import { EMPTY_FILTER, type RowFilter } from './rowFilter';

const useStyles = makeStyles({
  facts: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

function factsOf(s: ForecastSummary): string {
  const t = s.totals;
  return [
    `Target: ${s.target.name}${s.dryRun && s.target.targetKind !== 'empty' ? ' (GETs only)' : ''}`,
    `${count(t.objects, 'object')} (${count(t.users, 'user')}, ${count(t.groups, 'group')})`,
    count(t.requests, 'request'),
    s.dialect === 'default' ? 'default dialect' : s.dialect,
    `${Math.round(s.durationMs).toLocaleString()} ms`,
    new Date(s.startedAt).toLocaleString(),
  ].join(' · ');
}

/** A forecast: totals and charts, the quarantine forecast, cross-object problems, and the filterable table whose rows open their timelines. */
export function ForecastResults({ summary }: { summary: ForecastSummary }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<RowFilter>(EMPTY_FILTER);
  const [offset, setOffset] = useState(0);
  const [opened, setOpened] = useState<ForecastRow | null>(null);
  const search = useDebouncedValue(filter.search, 250);
  const changeFilter = (patch: Partial<RowFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  // A bar or a problem narrows the table to itself (the other narrowing fields are cleared).
  const showOnly = (patch: Partial<RowFilter>) => {
    setFilter({ ...EMPTY_FILTER, ...patch });
    setOffset(0);
    document.getElementById('forecast-objects')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  return (
    <div className={styles.stack} data-testid="forecast-result" data-forecast-id={summary.id}>
      <Section title={`First-cycle forecast for ${summary.app.displayName}`} testId="forecast-summary">
        <p className={styles.facts} data-testid="forecast-facts">
          {factsOf(summary)}
        </p>
        {summary.cancelled && (
          <MessageBar intent="warning" data-testid="forecast-cancelled">
            <MessageBarBody>Cancelled: these totals cover only the {count(summary.totals.objects, 'object')} processed before Cancel. Run again for the whole scope.</MessageBarBody>
          </MessageBar>
        )}
        <ForecastTotals summary={summary} onFilter={showOnly} />
        <QuarantineForecastNote quarantine={summary.quarantine} />
      </Section>
      <Section title="Cross-object problems" testId="forecast-problems-section">
        <CrossObjectProblems summary={summary} onShow={(code) => showOnly({ code })} />
      </Section>
      <div id="forecast-objects">
        <Section title="Objects" testId="forecast-objects-section">
          <ForecastRowFilters summary={summary} filter={filter} onChange={changeFilter} />
          <ForecastRowsTable forecastId={summary.id} filter={{ ...filter, search }} offset={offset} onOffset={setOffset} onOpen={setOpened} onClear={() => changeFilter({ ...EMPTY_FILTER, kind: undefined, logStatus: undefined, action: undefined, code: undefined })} />
        </Section>
      </div>
      <ForecastObjectDialog forecastId={summary.id} row={opened} onClose={() => setOpened(null)} />
    </div>
  );
}
