import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { ImportSummary } from '../../../../shared/ipc/contract';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { countOf } from '../../lib/format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  hidden: { display: 'none' },
});

/** Largest snapshot file the picker reads; the transports cap requests at 64 MB. */
const MAX_FILE_BYTES = 60 * 1024 * 1024;

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'failed'; fileName: string; error: ResultError };

/**
 * Imports a snapshot file (`snapshot:import`). A bad file changes nothing; every problem is listed with
 * its JSON path. On success the tenant list refreshes through the workspace:changed event.
 */
export function ImportSnapshotButton({ onImported }: { onImported(tenantId: string): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setState({
        kind: 'failed',
        fileName: file.name,
        error: { code: 'PAYLOAD_TOO_LARGE', message: `${file.name} is ${(file.size / 1048576).toFixed(0)} MB; snapshots up to 60 MB can be imported here. Use \`pwb snapshot import FILE\` for larger files.` },
      });
      return;
    }
    setState({ kind: 'busy', fileName: file.name });
    const result = await invoke('snapshot:import', { fileName: file.name, text: await file.text() });
    if (!result.ok) {
      setState({ kind: 'failed', fileName: file.name, error: result.error });
      return;
    }
    setState({ kind: 'imported', summary: result.value });
    onImported(result.value.tenantId);
  };

  return (
    <div className={styles.root}>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,application/json"
        aria-label="Snapshot file"
        data-testid="snapshot-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Button icon={<ArrowUploadRegular />} disabled={state.kind === 'busy'} onClick={() => input.current?.click()}>
        {state.kind === 'busy' ? `Importing ${state.fileName}…` : 'Import snapshot…'}
      </Button>
      {state.kind === 'imported' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            Imported {state.summary.tenantName}: {countOf(state.summary.apps, 'app')}, {countOf(state.summary.users, 'user')},{' '}
            {countOf(state.summary.groups, 'group')}, {countOf(state.summary.provisioningLogs, 'provisioning log record')}.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <ErrorMessage error={state.error} title={`${state.fileName} was not imported; the workspace is unchanged`} />
      )}
    </div>
  );
}
