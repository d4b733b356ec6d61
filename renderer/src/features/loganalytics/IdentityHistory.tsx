import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingSpinner } from '../../components/Loading';
import { SimpleTable } from '../../components/SimpleTable';
import { useQuery } from '../../lib/useQuery';

/** The viewer's identity (history mode) as the workspace has it, newest first. */
export function IdentityHistory({ filter, subjectId }: { filter: LogFilter; subjectId: string }) {
  const history = useQuery('logAnalytics:history', { filter, subjectId, limit: 200 });
  if (history.status === 'error') return <ErrorMessage error={history.error} title="Log Analytics could not read this identity's history" onRetry={history.reload} />;
  if (!history.data) return <LoadingSpinner label="Reading the history in the workspace" />;
  return (
    <div data-testid="la-history">
      {history.data.partial && (
        <MessageBar intent="warning">
          <MessageBarBody>Partial result: {history.data.partial}</MessageBarBody>
        </MessageBar>
      )}
      <SimpleTable
        label="History in Log Analytics"
        columns={[
          { header: 'Date (UTC)', cell: (item) => item.activityDateTime.slice(0, 19).replace('T', ' ') },
          { header: 'Action', cell: (item) => item.action },
          { header: 'Status', cell: (item) => item.status },
          { header: 'App', cell: (item) => item.appName ?? '' },
          { header: 'Error code', cell: (item) => item.errorCode ?? '' },
        ]}
        rows={history.data.items}
        rowKey={(item) => item.id}
        empty="The workspace holds no records of this identity for these filters."
      />
    </div>
  );
}
