import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LogDetail } from '../../../../shared/logs/log-dto';
import { explainErrorCode } from '../../../../shared/logs/error-explanations';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OverflowTabList } from '../../components/OverflowTabList';
import { LoadingRows } from '../../components/Loading';
import { useQuery } from '../../lib/useQuery';
import { formatDate, titleCase } from './logColumns';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
    // The head (title, status, error code, tabs) stays put; only the tab's content scrolls, inside the pane.
    overflow: 'hidden',
    height: '100%',
    boxSizing: 'border-box',
  },
  fixed: { flexShrink: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  panel: { flexGrow: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden', minWidth: 0 },
  subLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  errorCode: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1, wordBreak: 'break-word' },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM },
  stepFailure: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  stepHead: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', fontWeight: tokens.fontWeightSemibold },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, wordBreak: 'break-word' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200, '& th, & td': { textAlign: 'left', padding: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, wordBreak: 'break-word' } },
  // Long JSON wraps inside its own box; the pane never scrolls sideways.
  json: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
  },
  callout: { backgroundColor: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium },
});

type DetailTab = 'steps' | 'troubleshooting' | 'properties' | 'summary' | 'json';

const DETAIL_TABS: ReadonlyArray<{ value: DetailTab; label: string }> = [
  { value: 'steps', label: 'Steps' },
  { value: 'troubleshooting', label: 'Troubleshooting & recommendations' },
  { value: 'properties', label: 'Modified properties' },
  { value: 'summary', label: 'Summary' },
  { value: 'json', label: 'Raw JSON' },
];

/** One record with the portal's tabs (Steps, Troubleshooting & recommendations, Modified properties, Summary) plus its raw JSON. */
export function LogDetailPane({ id, onClose, onHistory }: { id: string; onClose(): void; onHistory(subjectId: string, name: string): void }) {
  const styles = useStyles();
  const detail = useQuery('logs:detail', { id });
  const [tab, setTab] = useState<DetailTab>('steps');
  const record = detail.data;
  return (
    <aside className={styles.pane} aria-label="Record details" data-testid="log-detail">
      <div className={styles.fixed}>
      <div className={styles.head}>
        <h3 className={styles.title}>
          {record ? `${titleCase(record.item.action)} ${record.item.sourceType ?? ''} ${record.item.sourceName || record.item.sourceId || ''}` : 'Record'}
        </h3>
        <Button appearance="subtle" icon={<DismissRegular />} aria-label="Close details" onClick={onClose} />
      </div>
      {detail.status === 'error' && <ErrorMessage error={detail.error} title="Could not load this record" />}
      {!record && detail.status !== 'error' && <LoadingRows label="Loading the record" rows={4} />}
      {record && (
        <>
          <div className={`${styles.sub} ${styles.subLine}`} data-testid="log-detail-status">
            <StatusBadge status={record.item.status} />
            {record.item.errorCode && <span className={styles.errorCode}>{record.item.errorCode}</span>}
            <span>
              {formatDate(record.item.activityDateTime)} · {record.item.appName ?? record.item.targetSystem ?? ''}
            </span>
          </div>
          {(record.item.sourceId || record.item.targetId) && (
            <div>
              <Button size="small" icon={<HistoryRegular />} onClick={() => onHistory((record.item.sourceId || record.item.targetId)!, record.item.sourceName || record.item.targetName || '')}>
                History of this identity
              </Button>
            </div>
          )}
          <OverflowTabList tabs={DETAIL_TABS} selectedValue={tab} onSelect={(value) => setTab(value as DetailTab)} size="small" moreLabel="More record tabs" aria-label="Record details" />
        </>
      )}
      </div>
      {record && (
        <>
          <div role="tabpanel" aria-label={tab} className={styles.panel} tabIndex={0} data-testid={`log-detail-${tab}`}>
            {tab === 'steps' && <Steps record={record} />}
            {tab === 'troubleshooting' && <Troubleshooting record={record} />}
            {tab === 'properties' && <Properties record={record} />}
            {tab === 'summary' && <Summary record={record} />}
            {tab === 'json' && <pre className={styles.json}>{prettyJson(record.json)}</pre>}
          </div>
        </>
      )}
    </aside>
  );
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Steps({ record }: { record: LogDetail }) {
  const styles = useStyles();
  if (record.steps.length === 0) return <p>This record has no steps.</p>;
  return (
    <ol className={styles.list}>
      {record.steps.map((step, i) => (
        <li key={i} className={step.status === 'failure' ? `${styles.step} ${styles.stepFailure}` : styles.step}>
          <div className={styles.stepHead}>
            {i + 1}. {titleCase(step.stepType)} <StatusBadge status={step.status} />
          </div>
          <div>{step.description ?? step.name}</div>
          {step.details && Object.keys(step.details).length > 0 && (
            <dl className={styles.details}>
              {Object.entries(step.details).map(([key, value]) => (
                <DetailRow key={key} name={key} value={typeof value === 'string' ? value : JSON.stringify(value)} />
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}

function DetailRow({ name, value }: { name: string; value: string }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.dt}>{name}</dt>
      <dd className={styles.dd}>{value}</dd>
    </>
  );
}

function Troubleshooting({ record }: { record: LogDetail }) {
  const styles = useStyles();
  const { item } = record;
  if (!item.errorCode && !item.reason) return <p>No error was reported for this record.</p>;
  const explanation = explainErrorCode(item.errorCode);
  return (
    <div className={styles.list}>
      <dl className={styles.details}>
        <DetailRow name="Error code" value={item.errorCode ?? '—'} />
        <DetailRow name="Category" value={item.errorCategory ?? '—'} />
        <DetailRow name="Reason" value={item.reason ?? '—'} />
        {record.additionalDetails && <DetailRow name="Additional details" value={record.additionalDetails} />}
        {record.recommendedAction && <DetailRow name="Recommended action" value={record.recommendedAction} />}
      </dl>
      {explanation && (
        <div className={styles.callout} data-testid="error-explanation">
          <strong>{explanation.title}</strong>
          <p>
            <strong>What it means: </strong>
            {explanation.cause}
          </p>
          <p>
            <strong>What to try: </strong>
            {explanation.fix}
          </p>
        </div>
      )}
    </div>
  );
}

function Properties({ record }: { record: LogDetail }) {
  const styles = useStyles();
  if (record.modifiedProperties.length === 0) return <p>No properties were changed.</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>Property</th>
          <th>Old value</th>
          <th>New value</th>
        </tr>
      </thead>
      <tbody>
        {record.modifiedProperties.map((p, i) => (
          <tr key={i}>
            <td>{p.name}</td>
            <td>{p.oldValue ?? '—'}</td>
            <td>{p.newValue ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Summary({ record }: { record: LogDetail }) {
  const styles = useStyles();
  const { item } = record;
  const rows: Array<[string, string | null]> = [
    ['Activity', `${titleCase(item.action)} — ${titleCase(item.status)}`],
    ['Date (UTC)', formatDate(item.activityDateTime)],
    ['Source system', item.sourceSystem],
    ['Source identity', [item.sourceName, item.sourceId].filter(Boolean).join(' · ')],
    ['Target system', item.targetSystem],
    ['Target identity', [item.targetName, item.targetId].filter(Boolean).join(' · ')],
    ['Identity type', item.sourceType],
    ['Application', item.appName],
    ['Service principal ID', item.servicePrincipalId],
    ['Job ID', item.jobId],
    ['Cycle ID', item.cycleId],
    ['Change ID', item.changeId],
    ['Record ID', item.id],
    ['Duration', item.durationMs === null ? null : `${item.durationMs} ms`],
    ['Initiated by', item.initiatedBy],
    ['Origin', item.origin],
  ];
  return (
    <dl className={styles.details}>
      {rows.filter(([, v]) => v).map(([name, value]) => (
        <DetailRow key={name} name={name} value={value!} />
      ))}
    </dl>
  );
}
