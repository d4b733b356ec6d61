import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CloudArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { LogPullSummary } from '../../../../shared/logs/log-dto';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke, onEvent } from '../../lib/api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type State = { kind: 'idle' } | { kind: 'busy'; taskId: string; done: number } | { kind: 'done'; summary: LogPullSummary } | { kind: 'failed'; error: ResultError };

/**
 * Pulls new records from Microsoft Graph for the signed-in account: incremental from the newest
 * stored record (or where an unfinished pull stopped), page by page, cancellable.
 */
export function PullLogsButton() {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const taskId = state.kind === 'busy' ? state.taskId : null;
  useEffect(() => {
    if (!taskId) return;
    return onEvent((event) => {
      if (event.type === 'progress' && event.taskId === taskId) setState((s) => (s.kind === 'busy' ? { ...s, done: event.done } : s));
    });
  }, [taskId]);

  const run = async () => {
    const id = `logs-pull-${Date.now()}`;
    setState({ kind: 'busy', taskId: id, done: 0 });
    const result = await invoke('logs:pull', { taskId: id });
    setState(result.ok ? { kind: 'done', summary: result.value } : { kind: 'failed', error: result.error });
  };

  return (
    <div className={styles.root}>
      {state.kind === 'busy' ? (
        <div className={styles.progress} role="status" aria-live="polite">
          <Spinner size="tiny" />
          <span>Pulling from Graph: {state.done.toLocaleString()} records</span>
          <Button size="small" onClick={() => void invoke('logs:cancel', { taskId: state.taskId })}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button icon={<CloudArrowDownRegular />} onClick={() => void run()} data-testid="logs-pull">
          Pull from Graph
        </Button>
      )}
      {state.kind === 'done' && (
        <MessageBar intent={state.summary.cancelled ? 'warning' : 'success'} role="status">
          <MessageBarBody>
            {state.summary.cancelled ? 'Pull cancelled: ' : 'Pulled: '}
            {state.summary.added.toLocaleString()} new, {state.summary.duplicates.toLocaleString()} already stored, since {new Date(state.summary.since).toUTCString()}.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && <ErrorMessage error={state.error} title="Could not pull provisioning logs" />}
    </div>
  );
}
