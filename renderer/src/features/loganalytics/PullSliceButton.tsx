import { Button, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { useTask } from '../../lib/useTask';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  progress: { flexGrow: 1 },
});

/** Copies the filtered slice into the local store, with progress and Cancel; all or nothing. */
export function PullSliceButton({ filter }: { filter: LogFilter }) {
  const styles = useStyles();
  const task = useTask<ResponseOf<'logAnalytics:pull'>>('la-pull', (taskId) => invoke('logAnalytics:cancel', { taskId }));
  const { state } = task;
  const start = () => void task.run('Pulling from Log Analytics', (taskId) => invoke('logAnalytics:pull', { taskId, filter }));
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} onClick={start} disabled={task.busy} data-testid="la-pull">
          Pull this slice into the local store
        </Button>
        {task.busy && (
          <Button onClick={task.cancel} data-testid="la-pull-cancel">
            Cancel
          </Button>
        )}
      </div>
      {state.status === 'running' && (
        <Field className={styles.progress} data-testid="la-pull-progress" validationMessage={`${state.label}: ${(state.done ?? 0).toLocaleString()}${state.total ? ` of ${state.total.toLocaleString()}` : ''} records`} validationState="none">
          <ProgressBar max={1} {...(state.total ? { value: (state.done ?? 0) / state.total } : {})} />
        </Field>
      )}
      {state.status === 'done' && (
        <MessageBar intent={state.value.cancelled ? 'warning' : 'success'} data-testid="la-pull-outcome">
          <MessageBarBody>
            {state.value.cancelled
              ? 'Pull cancelled: nothing from it was kept.'
              : `Pulled ${state.value.rows.toLocaleString()} records in ${state.value.windows} requests: ${state.value.added.toLocaleString()} new, ${state.value.duplicates.toLocaleString()} already stored, ${state.value.rejected} rejected.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && <ErrorMessage error={state.error} title="The pull stopped; nothing from it was kept" />}
    </div>
  );
}
