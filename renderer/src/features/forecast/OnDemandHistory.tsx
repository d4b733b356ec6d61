import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { OnDemandRunSummary } from '../../../../shared/ipc/contracts/onDemand';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function verdict(run: OnDemandRunSummary): { text: string; color: 'success' | 'danger' | 'warning' | 'informative' } {
  if (run.status === 'compared') return run.agree ? { text: 'Agrees', color: 'success' } : { text: 'Differs', color: 'danger' };
  if (run.status === 'predicted') return { text: 'Prediction only', color: 'informative' };
  return { text: run.status === 'unreadable' ? 'Answer unreadable' : 'Call failed', color: 'warning' };
}

/** Comparisons kept in the workspace, newest first; each opens again as it was saved. */
export function OnDemandHistory({ runs, currentId, onOpen }: { runs: readonly OnDemandRunSummary[]; currentId: string | null; onOpen: (id: string) => void }) {
  const styles = useStyles();
  if (runs.length === 0) return null;
  return (
    <div data-testid="on-demand-history">
      <h4 className={styles.heading}>Earlier comparisons</h4>
      <ul className={styles.list}>
        {runs.map((run) => {
          const v = verdict(run);
          return (
            <li key={run.id} className={styles.item}>
              <Button appearance="subtle" size="small" onClick={() => onOpen(run.id)} aria-current={run.id === currentId ? 'true' : undefined}>
                {run.subjectKind} {run.subjectName}
              </Button>
              <Badge appearance="tint" color={v.color} size="small">
                {v.text}
              </Badge>
              <span className={styles.when}>{new Date(run.predictedAt).toLocaleString()}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
