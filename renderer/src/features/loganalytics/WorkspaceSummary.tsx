import { Badge, Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LaConnection } from '../../../../shared/ipc/contracts/logAnalytics';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingSpinner } from '../../components/Loading';
import { SimpleTable } from '../../components/SimpleTable';
import { invoke } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';
import { IdentityHistory } from './IdentityHistory';
import { PullSliceButton } from './PullSliceButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  badge: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto', paddingBlock: tokens.spacingVerticalXXS },
  grow: { flexGrow: 1 },
  table: { maxHeight: '320px', overflowY: 'auto' },
});

const DIMENSIONS = [
  ['errorCode', 'Error code'],
  ['status', 'Status'],
  ['action', 'Action'],
  ['app', 'App'],
  ['day', 'Day'],
  ['identity', 'Top failing identities'],
] as const;
type Dimension = (typeof DIMENSIONS)[number][0];

/** Counts computed in the workspace on the viewer's filter, with where they come from and when. */
export function WorkspaceSummary({ connection, filter, onChanged }: { connection: LaConnection; filter: LogFilter; onChanged(): void }) {
  const styles = useStyles();
  const [by, setBy] = useState<Dimension>('errorCode');
  const barRef = useRef<HTMLDivElement>(null);
  // Shown in place of the connect form, whose button is gone: keep keyboard focus inside the dialog.
  useEffect(() => barRef.current?.querySelector('select')?.focus(), []);
  const summary = useQuery('logAnalytics:summary', { filter, by, limit: 50 });
  const data = summary.data;
  const disconnect = async () => {
    await invoke('logAnalytics:disconnect', {});
    onChanged();
  };
  return (
    <div className={styles.root} data-testid="la-summary">
      <div className={styles.bar} ref={barRef}>
        <Field label="Count by" className={styles.grow}>
          <Select value={by} onChange={(_, d) => setBy(d.value as Dimension)} data-testid="la-by">
            {DIMENSIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={summary.reload} disabled={summary.status === 'loading'}>
          Refresh
        </Button>
        <Button appearance="subtle" onClick={() => void disconnect()}>
          Disconnect
        </Button>
      </div>
      <Badge appearance="tint" color="informative" className={styles.badge} data-testid="la-source">
        {`From Log Analytics workspace ${connection.workspaceId} (${connection.cloud})${data ? `, counted there at ${new Date(data.queriedAt).toLocaleString()}` : ''}`}
      </Badge>
      {data?.partial && (
        <MessageBar intent="warning" data-testid="la-partial">
          <MessageBarBody>Partial result: the workspace answered only part of the query. {data.partial}</MessageBarBody>
        </MessageBar>
      )}
      {summary.status === 'error' && <ErrorMessage error={summary.error} title="Log Analytics could not answer" onRetry={summary.reload} />}
      {!data && summary.status === 'loading' && <LoadingSpinner label="Counting in the workspace" />}
      {data && (
        <div className={styles.table}>
          <SimpleTable
            label="Counts from Log Analytics"
            columns={[
              { header: DIMENSIONS.find(([value]) => value === by)![1], cell: (row) => (by === 'app' || by === 'identity' ? (row.label ?? row.key ?? '(none)') : (row.key ?? '(none)')) },
              { header: 'Total', cell: (row) => row.total.toLocaleString() },
              { header: 'Failure', cell: (row) => row.failure.toLocaleString() },
              { header: 'Success', cell: (row) => row.success.toLocaleString() },
              { header: 'Skipped', cell: (row) => row.skipped.toLocaleString() },
            ]}
            rows={data.rows}
            rowKey={(row) => row.key ?? '(none)'}
            empty="No records in the workspace match these filters."
          />
        </div>
      )}
      {data && <span>{`${data.counts.total.toLocaleString()} records match in the workspace: ${data.counts.failure.toLocaleString()} failed.`}</span>}
      {filter.subjectId && <IdentityHistory filter={filter} subjectId={filter.subjectId} />}
      <PullSliceButton filter={filter} />
    </div>
  );
}
