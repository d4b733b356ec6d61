import { makeStyles, tokens } from '@fluentui/react-components';
import type { JobOverview } from '../../../../shared/ipc/dto/apps';
import { CycleStateBadge } from '../../components/CycleStateBadge';
import { FactList } from '../../components/FactList';
import { formatCount, formatDateTime, formatElapsed, formatRelative } from '../../lib/format';

type Cycle = NonNullable<JobOverview['lastExecution']>;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  error: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

/** One synchronization cycle: state, timing, counts and its error if any. */
export function CycleFacts({ cycle, label }: { cycle: Cycle | null; label: string }) {
  const styles = useStyles();
  if (!cycle) return <p className={styles.muted}>No cycle recorded.</p>;
  const elapsed = formatElapsed(cycle.timeBegan, cycle.timeEnded);
  const facts = [
    { label: 'State', value: <CycleStateBadge state={cycle.state} /> },
    { label: 'Began', value: formatDateTime(cycle.timeBegan) },
    {
      label: 'Ended',
      value: cycle.timeEnded
        ? `${formatDateTime(cycle.timeEnded)} (${formatRelative(cycle.timeEnded)}${elapsed ? `, took ${elapsed}` : ''})`
        : 'Still running',
    },
    { label: 'Exported', value: formatCount(cycle.countExported) },
    { label: 'Imported', value: formatCount(cycle.countImported) },
    { label: 'Escrowed (failed, retried)', value: formatCount(cycle.countEscrowed) },
  ];
  return (
    <>
      <FactList label={label} facts={facts} />
      {(cycle.errorCode || cycle.errorMessage) && (
        <p className={styles.error}>
          {cycle.errorCode && <span className={styles.code}>{cycle.errorCode}: </span>}
          {cycle.errorMessage}
        </p>
      )}
    </>
  );
}
