import { Button, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { LogImportSummary } from '../../../../shared/logs/log-dto';
import type { ResultError } from '../../../../shared/ipc/result';
import { MAX_UI_IMPORT_CHARS } from '../../../../shared/ipc/contracts/logs';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke, onEvent } from '../../lib/api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hidden: { display: 'none' },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '320px' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; taskId: string; label: string; done: number }
  | { kind: 'done'; summary: LogImportSummary & { cancelled: boolean } }
  | { kind: 'failed'; error: ResultError };

/** Imports log files picked by the admin (several at once for the portal's three CSV files), with progress and Cancel. */
export function ImportLogsButton() {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const taskId = state.kind === 'busy' ? state.taskId : null;

  useEffect(() => {
    if (!taskId) return;
    return onEvent((event) => {
      if (event.type === 'progress' && event.taskId === taskId) setState((s) => (s.kind === 'busy' ? { ...s, done: event.done, label: event.label } : s));
    });
  }, [taskId]);

  const run = async (files: File[]) => {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_UI_IMPORT_CHARS) {
      setState({ kind: 'failed', error: { code: 'PAYLOAD_TOO_LARGE', message: `These files hold ${(total / 1048576).toFixed(0)} MB; up to 60 MB can be imported here. Use \`pwb logs import FILE...\` for any size.` } });
      return;
    }
    const id = `logs-import-${Date.now()}`;
    setState({ kind: 'busy', taskId: id, label: `Importing ${files.length === 1 ? files[0]!.name : `${files.length} files`}`, done: 0 });
    const payload = await Promise.all(files.map(async (f) => ({ fileName: f.name, text: await f.text() })));
    const result = await invoke('logs:import', { taskId: id, files: payload });
    setState(result.ok ? { kind: 'done', summary: result.value } : { kind: 'failed', error: result.error });
  };

  return (
    <div className={styles.root}>
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
      {state.kind === 'busy' ? (
        <div className={styles.progress} role="status" aria-live="polite">
          <ProgressBar thickness="large" aria-label={state.label} />
          <span>
            {state.label}: {state.done.toLocaleString()} records
          </span>
          <Button size="small" onClick={() => void invoke('logs:cancel', { taskId: state.taskId })}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()} data-testid="logs-import">
          Import logs…
        </Button>
      )}
      {state.kind === 'done' && (
        <MessageBar intent={state.summary.rejected > 0 || state.summary.cancelled ? 'warning' : 'success'} layout="multiline" role="status" data-testid="logs-import-result">
          <MessageBarBody>
            {state.summary.cancelled ? 'Import cancelled: ' : 'Imported: '}
            {state.summary.added.toLocaleString()} new, {state.summary.duplicates.toLocaleString()} already stored, {state.summary.rejected.toLocaleString()} rejected
            {state.summary.files.length > 0 && ` (${state.summary.files.map((f) => f.format).join(', ')})`}.
            {state.summary.rejections.length > 0 && (
              <ul className={styles.list}>
                {state.summary.rejections.slice(0, 5).map((r, i) => (
                  <li key={i}>
                    {r.file} {r.position}: {r.reason}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && <ErrorMessage error={state.error} title="Nothing was imported" />}
    </div>
  );
}
