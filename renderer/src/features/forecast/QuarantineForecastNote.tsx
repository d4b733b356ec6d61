import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { QuarantineForecast } from '../../../../shared/sync/forecast-types';

const useStyles = makeStyles({
  facts: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const FLOOR = 5000;
const REASON: Readonly<Record<QuarantineForecast['reasons'][number], string>> = {
  rate: 'more than 40 % of the objects fail',
  count: 'more than 40,000 failures',
  references: 'more than 60,000 reference failures',
};

function titleOf(q: QuarantineForecast): string {
  if (q.quarantined) return `The first cycle would put the job in quarantine: ${q.reasons.map((r) => REASON[r]).join(' and ')}`;
  if (!q.evaluated) return `Quarantine: far below the ${FLOOR.toLocaleString()}-failure floor.`;
  return 'Quarantine evaluated: no threshold crossed.';
}

/** The quarantine forecast in words (scim-entra §4.12 item 43): whether Entra would evaluate it at all, and whether it would trip. */
export function QuarantineForecastNote({ quarantine: q }: { quarantine: QuarantineForecast }) {
  const styles = useStyles();
  const intent = q.quarantined ? 'error' : q.failures > 0 ? 'warning' : 'success';
  const rate = `${(q.rate * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="forecast-quarantine" data-quarantined={q.quarantined ? 'true' : 'false'} data-evaluated={q.evaluated ? 'true' : 'false'}>
      <MessageBarBody>
        <MessageBarTitle>{titleOf(q)}</MessageBarTitle> {q.message}
        <span className={styles.facts}>
          Failure rate {rate} of {q.processed.toLocaleString()} processed · {q.referenceFailures.toLocaleString()} reference {q.referenceFailures === 1 ? 'failure' : 'failures'} (their own limit: 60,000) · Entra
          evaluates from {FLOOR.toLocaleString()} failures; then over 40 % or over 40,000 quarantines the job.
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
