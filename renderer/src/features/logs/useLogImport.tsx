import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import type { ResultError } from '../../../../shared/ipc/result';
import { invoke } from '../../lib/api';
import { errorInWords } from '../../lib/errorInWords';
import { pickedNames, type PickedFiles } from '../../lib/pickedFiles';
import { progressText } from '../../lib/taskState';
import { useTask } from '../../lib/useTask';
import type { LogsNotice } from './LogsNotices';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

type ImportOutcome = ResponseOf<'logs:importPaths'>;

export interface LogImport {
  busy: boolean;
  /** Imports picked or dropped files: by path in the desktop app, uploaded in browser mode. */
  start(picked: PickedFiles): void;
  refuse(error: ResultError): void;
}

/**
 * Log import as one task for the Import button and for files dropped onto the logs view. Progress,
 * Cancel and the outcome go to the section's message area (`onNotice`), so the toolbar keeps its shape.
 */
export function useLogImport(onNotice: (notice: LogsNotice | null) => void): LogImport {
  const styles = useStyles();
  const task = useTask<ImportOutcome>('logs-import', (taskId) => invoke('logs:cancel', { taskId }));
  const { state, cancel, run, refuse } = task;

  useEffect(() => {
    if (state.status === 'running') onNotice({ intent: 'info', body: progressText(state, state.done === null ? '' : 'records'), onCancel: cancel });
    if (state.status === 'failed') {
      const words = errorInWords(state.error);
      onNotice({ intent: 'error', title: 'Nothing was imported', body: [words.what, words.todo].filter(Boolean).join(' '), testId: 'logs-import-result' });
    }
    if (state.status !== 'done') return;
    const summary = state.value;
    onNotice({
      intent: summary.rejected > 0 || summary.cancelled ? 'warning' : 'success',
      testId: 'logs-import-result',
      body: (
        <>
          {summary.cancelled ? 'Import cancelled: ' : 'Imported: '}
          {summary.added.toLocaleString()} new, {summary.duplicates.toLocaleString()} already stored, {summary.rejected.toLocaleString()} rejected
          {summary.files.length > 0 && ` (${summary.files.map((f) => f.format).join(', ')})`}.
          {summary.rejections.length > 0 && (
            <ul className={styles.list}>
              {summary.rejections.slice(0, 5).map((r, i) => (
                <li key={i}>
                  {r.file} {r.position}: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    });
  }, [state, cancel, onNotice, styles.list]);

  const start = useCallback(
    (picked: PickedFiles) => {
      const names = pickedNames(picked);
      const label = `Importing ${names.length === 1 ? names[0] : `${names.length} files`}`;
      void run(label, async (taskId) => {
        if (picked.kind === 'paths') return invoke('logs:importPaths', { taskId, paths: picked.files.map((f) => f.path) });
        const files = await Promise.all(picked.files.map(async (f) => ({ fileName: f.name, text: await f.text() })));
        return invoke('logs:import', { taskId, files });
      });
    },
    [run],
  );

  return { busy: task.busy, start, refuse };
}
