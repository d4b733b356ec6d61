import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { invoke } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';
import { ConfirmButton } from '../scim/ConfirmButton';
import { formatRunTime } from './displayValue';
import { OutcomeBadge } from './OutcomeBadge';
import { scenarioInfo } from './scenarios';

const useStyles = makeStyles({
  frame: { overflow: 'auto', maxHeight: '320px' },
  table: { tableLayout: 'fixed', minWidth: '640px' },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  colTime: { width: '190px' },
  colScenario: { width: '130px' },
  colSubject: { width: '20%' },
  colStatus: { width: '96px' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Every run kept for this app, newest first; select one to see it again. Runs stay until cleared, so they can be compared. */
export function EarlierRuns({
  tenantId,
  appId,
  selectedId,
  refreshKey,
  onSelect,
  onCleared,
}: {
  tenantId: string;
  appId: string;
  selectedId: string | null;
  refreshKey: number;
  onSelect: (runId: string) => void;
  onCleared: () => void;
}) {
  const styles = useStyles();
  const runs = useQuery('trial:runs', { tenantId, appId, limit: 200 }, { keepPreviousData: true });
  const [clearError, setClearError] = useState<ResultError | null>(null);
  const { reload } = runs;
  useEffect(() => reload(), [refreshKey, reload]);

  const clear = async () => {
    setClearError(null);
    const result = await invoke('trial:clearRuns', { tenantId, appId });
    if (!result.ok) setClearError(result.error);
    reload();
    onCleared();
  };

  return (
    <Section
      title="Earlier runs"
      testId="trial-runs"
      actions={
        <ConfirmButton
          icon={<DeleteRegular />}
          title="Clear the runs?"
          message="Every trial run kept for this app is forgotten. Entra's state and the provisioning-log records stay."
          confirmLabel="Clear runs"
          onConfirm={() => void clear()}
          disabled={!runs.data?.length}
        >
          Clear runs
        </ConfirmButton>
      }
    >
      {clearError && <ErrorMessage error={clearError} title="Could not clear the runs" />}
      <QueryView query={runs} loadingLabel="Loading earlier runs" errorTitle="Could not read earlier runs">
        {(list) =>
          list.length === 0 ? (
            <p className={styles.muted}>No runs yet. Each run is kept here until you clear it.</p>
          ) : (
            <div className={styles.frame}>
              <Table size="small" className={styles.table} aria-label="Earlier runs" data-testid="trial-runs-table">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.colTime}>Time</TableHeaderCell>
                    <TableHeaderCell className={styles.colScenario}>Scenario</TableHeaderCell>
                    <TableHeaderCell className={styles.colSubject}>Subject</TableHeaderCell>
                    <TableHeaderCell className={styles.colStatus}>Status</TableHeaderCell>
                    <TableHeaderCell>Verdict</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.map((run) => (
                    <TableRow
                      key={run.id}
                      className={mergeClasses(styles.row, selectedId === run.id && styles.selected)}
                      onClick={() => onSelect(run.id)}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' || event.key === ' ') {
                          event.preventDefault();
                          onSelect(run.id);
                        }
                      }}
                      tabIndex={0}
                      aria-selected={selectedId === run.id}
                      data-testid="trial-run-row"
                      data-run-id={run.id}
                    >
                      <TableCell className={styles.cell}>{formatRunTime(run.startedAt)}</TableCell>
                      <TableCell className={styles.cell}>{scenarioInfo(run.scenario)?.label ?? run.scenario}</TableCell>
                      <TableCell className={styles.cell}>{run.subjectName}</TableCell>
                      <TableCell className={styles.cell}>
                        <OutcomeBadge status={run.status} size="small" />
                      </TableCell>
                      <TableCell className={styles.cell}>{run.verdict}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryView>
    </Section>
  );
}
