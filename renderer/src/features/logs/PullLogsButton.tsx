import { Button } from '@fluentui/react-components';
import { CloudArrowDownRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { invoke } from '../../lib/api';
import { errorInWords } from '../../lib/errorInWords';
import { openSignIn } from '../../lib/openSignIn';
import { useTask } from '../../lib/useTask';
import type { LogsNotice } from './LogsNotices';

/**
 * Pulls new records from Microsoft Graph for the signed-in account: incremental from the newest
 * stored record (or where an unfinished pull stopped), page by page, cancellable. Progress and the
 * outcome go to the section's message area (`onNotice`), so the toolbar keeps its shape.
 */
export function PullLogsButton({ onNotice }: { onNotice(notice: LogsNotice | null): void }) {
  const { state, busy, run, cancel } = useTask<ResponseOf<'logs:pull'>>('logs-pull', (taskId) => invoke('logs:cancel', { taskId }));

  useEffect(() => {
    if (state.status === 'running') onNotice({ intent: 'info', body: `Pulling from Graph: ${(state.done ?? 0).toLocaleString()} records`, onCancel: cancel });
    if (state.status === 'done') {
      const summary = state.value;
      onNotice({
        intent: summary.cancelled ? 'warning' : 'success',
        body: `${summary.cancelled ? 'Pull cancelled: ' : 'Pulled: '}${summary.added.toLocaleString()} new, ${summary.duplicates.toLocaleString()} already stored, since ${new Date(summary.since).toUTCString()}.`,
      });
    }
    if (state.status !== 'failed') return;
    const words = errorInWords(state.error);
    onNotice({
      intent: words.signIn ? 'warning' : 'error',
      title: words.signIn ? 'Sign in to pull provisioning logs' : 'Could not pull provisioning logs',
      body: words.signIn ? `${words.what} Pulling reads the provisioning logs of your tenant through Microsoft Graph.` : [words.what, words.todo].filter(Boolean).join(' '),
      ...(words.signIn ? { action: { label: 'Sign in', onClick: openSignIn } } : {}),
    });
  }, [state, cancel, onNotice]);

  return (
    <Button icon={<CloudArrowDownRegular />} onClick={() => void run('Pulling from Graph', (taskId) => invoke('logs:pull', { taskId }))} disabled={busy} data-testid="logs-pull">
      Pull from Graph
    </Button>
  );
}
