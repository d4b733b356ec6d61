import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { MAX_UI_IMPORT_CHARS } from '../../../../shared/ipc/contracts/logs';
import { invoke, onEvent } from '../../lib/api';
import { errorInWords } from '../../lib/errorInWords';
import type { LogsNotice } from './LogsNotices';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Imports log files picked by the admin (several at once for the portal's three CSV files). Progress,
 * Cancel and the outcome go to the section's message area (`onNotice`), so the toolbar keeps its shape.
 */
export function ImportLogsButton({ onNotice }: { onNotice(notice: LogsNotice | null): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [task, setTask] = useState<{ id: string; label: string } | null>(null);

  useEffect(() => {
    if (!task) return;
    const cancel = () => void invoke('logs:cancel', { taskId: task.id });
    return onEvent((event) => {
      if (event.type === 'progress' && event.taskId === task.id)
        onNotice({ intent: 'info', body: `${event.label || task.label}: ${event.done.toLocaleString()} records`, onCancel: cancel });
    });
  }, [task, onNotice]);

  const run = async (files: File[]) => {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_UI_IMPORT_CHARS) {
      onNotice({
        intent: 'error',
        title: 'Nothing was imported',
        body: `These files hold ${(total / 1048576).toFixed(0)} MB; up to 60 MB can be imported here. Use \`pwb logs import FILE...\` for any size.`,
        testId: 'logs-import-result',
      });
      return;
    }
    const id = `logs-import-${Date.now()}`;
    const label = `Importing ${files.length === 1 ? files[0]!.name : `${files.length} files`}`;
    setTask({ id, label });
    onNotice({ intent: 'info', body: `${label}…`, onCancel: () => void invoke('logs:cancel', { taskId: id }) });
    const payload = await Promise.all(files.map(async (f) => ({ fileName: f.name, text: await f.text() })));
    const result = await invoke('logs:import', { taskId: id, files: payload });
    setTask(null);
    if (!result.ok) {
      const words = errorInWords(result.error);
      onNotice({ intent: 'error', title: 'Nothing was imported', body: [words.what, words.todo].filter(Boolean).join(' '), testId: 'logs-import-result' });
      return;
    }
    const summary = result.value;
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
  };

  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".json,.jsonl,.ndjson,.csv,.gz,application/json,text/csv"
        aria-label="Provisioning-log files"
        data-testid="logs-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void run(files);
        }}
      />
      <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()} disabled={task !== null} data-testid="logs-import">
        Import logs…
      </Button>
    </>
  );
}
