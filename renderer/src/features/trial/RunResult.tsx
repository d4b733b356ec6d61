import { makeStyles, tokens } from '@fluentui/react-components';
import type { TrialRun } from '../../../../shared/sync/types';
import { ObjectTimeline } from './ObjectTimeline';
import { OpenInLogsButton } from './OpenInLogsButton';
import { formatRunTime } from './displayValue';
import { OutcomeBadge } from './OutcomeBadge';
import { scenarioInfo } from './scenarios';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  verdictRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  verdict: {
    margin: 0,
    flex: '1 1 360px',
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  badge: { marginTop: '3px' },
  facts: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  objects: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** A run in provision on demand's words: the verdict, what changed in the source, then each object's steps and what landed. */
export function RunResult({ run, tenantId }: { run: TrialRun; tenantId: string }) {
  const styles = useStyles();
  const single = run.objects.length === 1;
  const facts = [
    scenarioInfo(run.scenario.name)?.label ?? run.scenario.name,
    `${run.subject.kind} ${run.subject.displayName}`,
    run.target.name,
    run.dialect === 'default' ? 'default dialect' : run.dialect,
    run.dryRun ? 'dry run (GETs only)' : null,
    formatRunTime(run.startedAt),
    `${Math.round(run.durationMs)} ms`,
  ].filter(Boolean);
  return (
    <div className={styles.root} data-testid="trial-result" data-run-id={run.id}>
      <div className={styles.verdictRow}>
        <p className={styles.verdict} data-testid="trial-verdict">
          <span className={styles.badge}>
            <OutcomeBadge status={run.status} />
          </span>
          <span>{run.verdict}</span>
        </p>
        {!run.dryRun && run.records.length > 0 && <OpenInLogsButton tenantId={tenantId} runId={run.id} count={run.records.length} />}
      </div>
      <p className={styles.facts}>{facts.join(' · ')}</p>
      <div>
        <h4 className={styles.subheading}>What changed in the source</h4>
        {run.sourceChanges.length === 0 ? (
          <p className={styles.muted}>Nothing: the cycle ran on the source as read.</p>
        ) : (
          <ul className={styles.changes} data-testid="trial-source-changes">
            {run.sourceChanges.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.objects} data-testid="trial-objects">
        {!single && <h4 className={styles.subheading}>{run.objects.length} objects, in the order the cycle processed them</h4>}
        {run.objects.map((object) => (
          <ObjectTimeline key={`${object.kind}:${object.sourceId}`} object={object} exchanges={run.exchanges} defaultOpen={single || object.sourceId === run.subject.id} showVerdict={!single} />
        ))}
      </div>
    </div>
  );
}
