import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ForecastSummary } from '../../../../shared/ipc/contracts/forecast';
import type { FindingCode } from '../../../../shared/sync/forecast-types';
import { FINDING_INFO, SEVERITY_BADGE, SEVERITY_LABEL, count, type Severity } from './forecastLabels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '72px minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  none: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Cross-object problems a one-user trial cannot see, most serious first, each one narrowing the table; then the forecast's notes. */
export function CrossObjectProblems({ summary, onShow }: { summary: ForecastSummary; onShow: (code: string) => void }) {
  const styles = useStyles();
  const findings = (Object.entries(summary.totals.byFinding) as Array<[FindingCode, number]>)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => ({ code, n, ...(FINDING_INFO[code] ?? { title: code, severity: 'warning' as const }) }))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.n - a.n);
  return (
    <div className={styles.root}>
      {findings.length === 0 ? (
        <p className={styles.none}>No cross-object problem found.</p>
      ) : (
        <ul className={styles.list} data-testid="forecast-problems">
          {findings.map((f) => (
            <li key={f.code} className={styles.item} data-testid="forecast-problem" data-code={f.code}>
              <Badge appearance="tint" color={SEVERITY_BADGE[f.severity]} size="small">
                {SEVERITY_LABEL[f.severity]}
              </Badge>
              <span className={styles.text}>
                <span>
                  {f.title}: {count(f.n, 'object')}
                </span>
                <span className={styles.code}>{f.code}</span>
              </span>
              <Button size="small" appearance="subtle" onClick={() => onShow(f.code)} aria-label={`Show the ${count(f.n, 'object')} with ${f.code}`}>
                Show
              </Button>
            </li>
          ))}
        </ul>
      )}
      {summary.notes.length > 0 && (
        <>
          <h4 className={styles.subheading}>Notes</h4>
          <ul className={styles.notes} data-testid="forecast-notes">
            {summary.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
