import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled, Info16Regular } from '@fluentui/react-icons';
import type { Decision, HttpExchange, Phase } from '../../../../shared/sync/types';
import { ExchangeItem } from './ExchangeItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  decision: { display: 'grid', gridTemplateColumns: '20px minmax(0, 1fr)', alignItems: 'start', columnGap: tokens.spacingHorizontalXS },
  icon: { marginTop: '2px' },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  label: { overflowWrap: 'anywhere' },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  heading: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  exchanges: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const RESULT_WORD: Readonly<Record<Decision['result'], string>> = { pass: 'Passed', fail: 'Failed', info: 'Info' };

function DecisionIcon({ result }: { result: Decision['result'] }) {
  const styles = useStyles();
  if (result === 'pass') return <CheckmarkCircle16Filled className={mergeClasses(styles.icon, styles.pass)} aria-label={RESULT_WORD.pass} />;
  if (result === 'fail') return <DismissCircle16Filled className={mergeClasses(styles.icon, styles.fail)} aria-label={RESULT_WORD.fail} />;
  return <Info16Regular className={mergeClasses(styles.icon, styles.info)} aria-label={RESULT_WORD.info} />;
}

/** A step's decisions (checks and choices, in words) and the HTTP exchanges it sent. */
export function PhaseDetails({ phase, exchanges }: { phase: Phase; exchanges: readonly HttpExchange[] }) {
  const styles = useStyles();
  const sent = phase.exchanges.map((seq) => exchanges.find((e) => e.seq === seq)).filter((e): e is HttpExchange => !!e);
  return (
    <div className={styles.root}>
      {phase.decisions.length > 0 && (
        <ul className={styles.list} aria-label="Decisions" data-testid="trial-decisions">
          {phase.decisions.map((d, index) => (
            <li key={index} className={styles.decision} data-result={d.result}>
              <DecisionIcon result={d.result} />
              <span className={styles.label}>
                {d.label}
                {d.detail !== undefined && <span className={styles.detail}>{d.detail}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {sent.length > 0 && (
        <>
          <p className={styles.heading}>HTTP exchanges ({sent.length})</p>
          <ul className={styles.exchanges} aria-label="HTTP exchanges">
            {sent.map((exchange) => (
              <ExchangeItem key={exchange.seq} exchange={exchange} />
            ))}
          </ul>
        </>
      )}
      {phase.decisions.length === 0 && sent.length === 0 && <p className={styles.detail}>Nothing to show for this step.</p>}
    </div>
  );
}
