import { Button } from '@fluentui/react-components';
import { CloudArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { invoke, onEvent } from '../../lib/api';
import { errorInWords } from '../../lib/errorInWords';
import { openSignIn } from '../../lib/openSignIn';
import type { LogsNotice } from './LogsNotices';

/**
 * Pulls new records from Microsoft Graph for the signed-in account: incremental from the newest
 * stored record (or where an unfinished pull stopped), page by page, cancellable. Progress and the
 * outcome go to the section's message area (`onNotice`), so the toolbar keeps its shape.
 */
export function PullLogsButton({ onNotice }: { onNotice(notice: LogsNotice | null): void }) {
  const [taskId, setTaskId] = useState<string | null>(null);
  useEffect(() => {
    if (!taskId) return;
    const cancel = () => void invoke('logs:cancel', { taskId });
    return onEvent((event) => {
      if (event.type === 'progress' && event.taskId === taskId)
        onNotice({ intent: 'info', body: `Pulling from Graph: ${event.done.toLocaleString()} records`, onCancel: cancel });
    });
  }, [taskId, onNotice]);

  const run = async () => {
    const id = `logs-pull-${Date.now()}`;
    setTaskId(id);
    onNotice({ intent: 'info', body: 'Pulling from Graph: 0 records', onCancel: () => void invoke('logs:cancel', { taskId: id }) });
    const result = await invoke('logs:pull', { taskId: id });
    setTaskId(null);
    if (result.ok) {
      const summary = result.value;
      onNotice({
        intent: summary.cancelled ? 'warning' : 'success',
        body: `${summary.cancelled ? 'Pull cancelled: ' : 'Pulled: '}${summary.added.toLocaleString()} new, ${summary.duplicates.toLocaleString()} already stored, since ${new Date(summary.since).toUTCString()}.`,
      });
      return;
    }
    const words = errorInWords(result.error);
    onNotice({
      intent: words.signIn ? 'warning' : 'error',
      title: words.signIn ? 'Sign in to pull provisioning logs' : 'Could not pull provisioning logs',
      body: words.signIn ? `${words.what} Pulling reads the provisioning logs of your tenant through Microsoft Graph.` : [words.what, words.todo].filter(Boolean).join(' '),
      ...(words.signIn ? { action: { label: 'Sign in', onClick: openSignIn } } : {}),
    });
  };

  return (
    <Button icon={<CloudArrowDownRegular />} onClick={() => void run()} disabled={taskId !== null} data-testid="logs-pull">
      Pull from Graph
    </Button>
  );
}
