import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { downloadTextFile } from './downloadFile';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: tokens.spacingVerticalXS },
  saved: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; error: ResultError };

/** Exports the app's configuration snapshot (`snapshot:export`) and downloads it as JSON. */
export function ExportSnapshotButton({ tenantId, appId }: { tenantId: string; appId: string }) {
  const styles = useStyles();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const exportSnapshot = async () => {
    setState({ kind: 'busy' });
    const result = await invoke('snapshot:export', { tenantId, appId });
    if (!result.ok) {
      setState({ kind: 'failed', error: result.error });
      return;
    }
    downloadTextFile(result.value.fileName, result.value.json);
    setState({ kind: 'saved', fileName: result.value.fileName });
  };

  return (
    <div className={styles.root}>
      <Button
        size="small"
        icon={<ArrowDownloadRegular />}
        disabled={state.kind === 'busy'}
        onClick={() => void exportSnapshot()}
      >
        {state.kind === 'busy' ? 'Exporting…' : 'Export snapshot'}
      </Button>
      <span className={styles.saved} role="status">
        {state.kind === 'saved' ? `Saved ${state.fileName}` : ''}
      </span>
      {state.kind === 'failed' && <ErrorMessage error={state.error} title="Could not export the snapshot" />}
    </div>
  );
}
