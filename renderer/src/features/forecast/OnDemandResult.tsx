import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { OnDemandRunView } from '../../../../shared/ipc/contracts/onDemand';
import { STEP_LABELS, type ObjectComparison } from '../../../../shared/sync/on-demand/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  differences: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  object: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '560px', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2 },
  rowHeader: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  differ: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorNeutralForeground1 },
  mark: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  report: { margin: 0, padding: tokens.spacingVerticalS, maxHeight: '320px', overflow: 'auto', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium, whiteSpace: 'pre' },
});

const KIND_WORDS: Record<string, string> = { outcome: 'Outcome', action: 'Action', errorCode: 'Error code', step: 'Step', attribute: 'Value', object: 'Object' };

const text = (value: string | null | undefined) => (value === undefined ? '—' : value === null ? '(null)' : value === '' ? '(empty)' : value);

interface Row {
  key: string;
  label: string;
  predicted: string;
  actual: string;
  same: boolean;
}

function rowsOf(object: ObjectComparison): Row[] {
  const p = object.predicted;
  const a = object.actual;
  const rows: Row[] = [
    { key: 'outcome', label: 'Outcome', predicted: text(p?.outcome), actual: text(a?.outcome), same: !a || p?.outcome === a.outcome },
    { key: 'action', label: 'Action taken', predicted: text(p?.action), actual: text(a?.action), same: !a || p?.action === a.action },
    { key: 'error', label: 'Error code', predicted: text(p?.errorCode ?? '—'), actual: a ? text(a.errorCode ?? '—') : '—', same: !a || (p?.errorCode ?? null) === (a.errorCode ?? null) },
  ];
  for (const step of object.steps) {
    const label = `${STEP_LABELS[step.type]} step`;
    const side = (s: typeof step.predicted) => (s ? `${s.status}${s.name ? ` · ${s.name}` : ''}` : '—');
    rows.push({ key: `step-${step.type}`, label, predicted: side(step.predicted), actual: side(step.actual), same: step.same || !object.actual });
  }
  for (const attribute of object.attributes) {
    rows.push({ key: `attr-${attribute.name}`, label: attribute.name, predicted: attribute.predicted === undefined ? 'not sent' : text(attribute.predicted), actual: attribute.actual === undefined ? 'not sent' : text(attribute.actual), same: attribute.same });
  }
  return rows;
}

/** One object side by side: our prediction and Entra's answer, every row that differs highlighted. */
function ObjectTable({ object }: { object: ObjectComparison }) {
  const styles = useStyles();
  const rows = rowsOf(object);
  return (
    <div className={styles.object} data-testid="on-demand-object">
      <h4 className={styles.heading}>
        {object.kind} {object.object}
      </h4>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={`Predicted and actual for ${object.object}`}>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                Step or attribute
              </th>
              <th className={styles.th} scope="col">
                Our prediction
              </th>
              <th className={styles.th} scope="col">
                Entra (provision on demand)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid="on-demand-row" data-same={row.same ? 'true' : 'false'} className={row.same ? undefined : styles.differ}>
                <th className={mergeClasses(styles.td, styles.rowHeader)} scope="row">
                  {row.same ? null : <span className={styles.mark} aria-label="differs">≠ </span>}
                  {row.label}
                </th>
                <td className={styles.td}>{row.predicted}</td>
                <td className={styles.td}>{row.actual}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The comparison: a verdict, every difference in words, each object side by side, and the copyable fidelity report. */
export function OnDemandResult({ view }: { view: OnDemandRunView }) {
  const styles = useStyles();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showReport, setShowReport] = useState(false);
  const comparison = view.comparison;
  const copyReport = async () => {
    try {
      await navigator.clipboard.writeText(view.report ?? '');
      setCopy('copied');
    } catch {
      setCopy('failed');
      setShowReport(true);
    }
  };
  if (!comparison) {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="on-demand-unreadable">
        <MessageBarBody>
          <MessageBarTitle>Entra answered, but the answer could not be compared</MessageBarTitle>
          {view.error} Our prediction was saved {view.predictedAt}.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const count = comparison.differences.length;
  return (
    <div className={styles.root} data-testid="on-demand-result" data-agree={comparison.agree ? 'true' : 'false'}>
      <MessageBar intent={comparison.agree ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{comparison.agree ? 'Our prediction matches Entra' : `${count} difference${count === 1 ? '' : 's'} between our prediction and Entra`}</MessageBarTitle>
          {comparison.mode === 'outcome'
            ? `Group call: Entra returned no steps, so the outcome is compared (we predicted ${comparison.overall.predicted}, Entra reported ${comparison.overall.actual ?? 'nothing'}).`
            : `Compared step by step for ${view.subject.displayName}, predicted against ${view.predictionTarget}.`}
          {!comparison.agree && ' A difference is a fidelity bug in this app: copy the report and send it to us.'}
        </MessageBarBody>
      </MessageBar>
      {count > 0 && (
        <ul className={styles.differences} aria-label="Differences" data-testid="on-demand-differences">
          {comparison.differences.map((d, i) => (
            <li key={i}>
              <Badge appearance="tint" color="danger" size="small">
                {KIND_WORDS[d.kind] ?? d.kind}
              </Badge>{' '}
              {d.object}: {d.message}
            </li>
          ))}
        </ul>
      )}
      {comparison.notes.map((note) => (
        <p key={note} className={styles.muted}>
          {note}
        </p>
      ))}
      {comparison.objects.map((object, i) => (
        <ObjectTable key={`${object.object}-${i}`} object={object} />
      ))}
      <div className={styles.actions}>
        <Button icon={copy === 'copied' ? <CheckmarkRegular /> : <CopyRegular />} onClick={() => void copyReport()} data-testid="on-demand-copy">
          {copy === 'copied' ? 'Report copied' : 'Copy report'}
        </Button>
        <Button appearance="subtle" onClick={() => setShowReport((v) => !v)} aria-expanded={showReport}>
          {showReport ? 'Hide report' : 'Show report'}
        </Button>
        <span aria-live="polite" className={styles.muted}>
          {copy === 'failed' ? 'Could not copy; select the report below instead.' : ''}
        </span>
      </div>
      {showReport && (
        <pre className={styles.report} tabIndex={0} aria-label="Fidelity report" data-testid="on-demand-report">
          {view.report}
        </pre>
      )}
    </div>
  );
}
