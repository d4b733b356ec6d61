import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { JobOverview } from '../../../../shared/ipc/dto/apps';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { SECTION_IDS } from '../../app/sectionIds';
import { formatHash } from '../../app/useHashRoute';
import { logsPathForFilter } from '../logs/logsLink';
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

/** Where the provisioning logs of one app live: the tenant and the app's service principal id. */
export interface LogsTarget {
  tenantId: string;
  app: string;
}

/** A hash link that opens the provisioning logs on a filter. */
export function logsHref(tenantId: string, filter: Parameters<typeof logsPathForFilter>[0]): string {
  return formatHash({ tenantId, appId: null, tab: 'overview', section: SECTION_IDS.logs, path: logsPathForFilter(filter) });
}

/** The records Entra logged during a cycle: the app's, from its start to a minute after its end (records trail the cycle). */
export function cycleLogFilter(app: string, cycle: Cycle): Pick<LogFilter, 'app' | 'since' | 'until'> | null {
  if (!cycle.timeBegan) return null;
  const end = cycle.timeEnded ? new Date(Date.parse(cycle.timeEnded) + 60_000).toISOString() : undefined;
  return { app, since: new Date(cycle.timeBegan).toISOString(), ...(end ? { until: end } : {}) };
}

/** One synchronization cycle: state in words, timing, counts that open its log records, and its error if any. */
export function CycleFacts({ cycle, label, logs }: { cycle: Cycle | null; label: string; logs?: LogsTarget }) {
  const styles = useStyles();
  if (!cycle) return <p className={styles.muted}>No cycle recorded.</p>;
  const elapsed = formatElapsed(cycle.timeBegan, cycle.timeEnded);
  const span = logs ? cycleLogFilter(logs.app, cycle) : null;
  const count = (value: number | null, what: string, failuresOnly = false): ReactNode => {
    const text = formatCount(value);
    if (!logs || !span || !value) return text;
    return (
      <Link href={logsHref(logs.tenantId, { ...span, ...(failuresOnly ? { status: ['failure'] } : {}) })} title={`Open the provisioning logs of this cycle${failuresOnly ? ' (failures)' : ''}`} data-testid={`cycle-count-${what}`}>
        {text}
      </Link>
    );
  };
  const facts = [
    { label: 'State', value: <CycleStateBadge state={cycle.state} /> },
    { label: 'Began', value: formatDateTime(cycle.timeBegan) },
    {
      label: 'Ended',
      value: cycle.timeEnded
        ? `${formatDateTime(cycle.timeEnded)} (${formatRelative(cycle.timeEnded)}${elapsed ? `, took ${elapsed}` : ''})`
        : 'Still running',
    },
    { label: 'Exported', value: count(cycle.countExported, 'exported') },
    { label: 'Imported', value: count(cycle.countImported, 'imported') },
    { label: 'Escrowed (failed, retried)', value: count(cycle.countEscrowed, 'escrowed', true) },
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
