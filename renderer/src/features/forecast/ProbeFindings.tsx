import { Badge, Switch, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useState } from 'react';
import type { ScimCheckReport, ScimFinding } from '../../../../shared/sync/scim-check';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  verdict: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toggle: { marginLeft: 'auto' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '80px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  line: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const COLOR: Readonly<Record<ScimFinding['severity'], NonNullable<BadgeProps['color']>>> = { pass: 'success', info: 'informative', warning: 'warning', error: 'danger' };
const LABEL: Readonly<Record<ScimFinding['severity'], string>> = { pass: 'Pass', info: 'Info', warning: 'Warning', error: 'Error' };
const ORDER: Readonly<Record<ScimFinding['severity'], number>> = { error: 0, warning: 1, info: 2, pass: 3 };

/** Test Connection's verdict, then each finding: severity, what Entra would do, how to fix it. Passed checks are folded away by default. */
export function ProbeFindings({ report }: { report: ScimCheckReport }) {
  const styles = useStyles();
  const [showPassed, setShowPassed] = useState(false);
  const sorted = [...report.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const shown = showPassed ? sorted : sorted.filter((f) => f.severity !== 'pass');
  const c = report.counts;
  return (
    <div className={styles.root} data-testid="probe-result" data-test-connection={report.testConnection ? 'pass' : 'fail'}>
      <div className={styles.head}>
        <Badge appearance="filled" color={report.testConnection ? 'success' : 'danger'}>
          {report.testConnection ? 'Passes' : 'Fails'}
        </Badge>
        <p className={styles.verdict} data-testid="probe-verdict">
          Entra's Test Connection would {report.testConnection ? 'pass' : 'fail'}
        </p>
        <Switch className={styles.toggle} label={`Show passed checks (${c.pass})`} checked={showPassed} onChange={(_, d) => setShowPassed(d.checked)} data-testid="probe-show-passed" />
      </div>
      <p className={styles.muted}>
        {report.baseUrl} · {c.error} {c.error === 1 ? 'error' : 'errors'}, {c.warning} {c.warning === 1 ? 'warning' : 'warnings'}, {c.info} info, {c.pass} passed · {report.exchanges.length} requests
        {report.wrote ? ' · write round trip included' : ' · GETs only'}
      </p>
      {shown.length === 0 ? (
        <p className={styles.muted}>Every check passed.</p>
      ) : (
        <ul className={styles.list} aria-label="Probe findings">
          {shown.map((f) => (
            <li key={f.id} className={styles.item} data-testid="probe-finding" data-severity={f.severity} data-id={f.id}>
              <span>
                <Badge appearance="tint" color={COLOR[f.severity]} size="small">
                  {LABEL[f.severity]}
                </Badge>
              </span>
              <span className={styles.text}>
                <span className={styles.title}>{f.title}</span>
                <span className={styles.detail}>{f.detail}</span>
                <span className={styles.line}>
                  <span className={styles.label}>Entra: </span>
                  {f.entra}
                </span>
                {f.fix && (
                  <span className={styles.line}>
                    <span className={styles.label}>Fix: </span>
                    {f.fix}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
