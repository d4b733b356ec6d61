import type { LogFilter } from '../../../../shared/logs/log-filter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingSpinner } from '../../components/Loading';
import { useQuery } from '../../lib/useQuery';
import { ConnectWorkspaceForm } from './ConnectWorkspaceForm';
import { WorkspaceSummary } from './WorkspaceSummary';

/** Connect a workspace, or, once connected, its summary and the slice pull. */
export function LogAnalyticsPanel({ filter }: { filter: LogFilter }) {
  const status = useQuery('logAnalytics:status', {});
  if (status.status === 'error') return <ErrorMessage error={status.error} title="Could not read the Log Analytics settings" onRetry={status.reload} />;
  if (!status.data) return <LoadingSpinner label="Reading the Log Analytics settings" />;
  const connection = status.data.connection;
  return connection ? <WorkspaceSummary connection={connection} filter={filter} onChanged={status.reload} /> : <ConnectWorkspaceForm onConnected={status.reload} />;
}
