import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { ImportSummary } from '../../../../shared/ipc/contract';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { countOf } from '../../lib/format';
import { replacedApps, snapshotTargets, type ReplacedApp } from './snapshotReplacements';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  hidden: { display: 'none' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Largest snapshot file the picker reads; the transports cap requests at 64 MB. */
const MAX_FILE_BYTES = 60 * 1024 * 1024;

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'confirm'; fileName: string; text: string; tenantName: string; replaces: ReplacedApp[] }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'failed'; fileName: string; error: ResultError };

/**
 * Imports a snapshot file (`snapshot:import`). A bad file changes nothing; every problem is listed with
 * its JSON path. On success the tenant list refreshes through the workspace:changed event.
 */
export function ImportSnapshotButton({ onImported }: { onImported(tenantId: string): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const write = async (fileName: string, text: string) => {
    setState({ kind: 'busy', fileName });
    const result = await invoke('snapshot:import', { fileName, text });
    if (!result.ok) {
      setState({ kind: 'failed', fileName, error: result.error });
      return;
    }
    setState({ kind: 'imported', summary: result.value });
    onImported(result.value.tenantId);
  };

  /** Apps of the file's tenant already in the workspace, which the import would overwrite. */
  const replacements = async (text: string): Promise<{ tenantName: string; replaces: ReplacedApp[] } | null> => {
    const targets = snapshotTargets(text);
    if (!targets || targets.appIds.length === 0) return null;
    const tenants = await invoke('tenants:list', {});
    if (!tenants.ok || !tenants.value.some((tenant) => tenant.id === targets.tenantId)) return null;
    const apps = await invoke('apps:list', { tenantId: targets.tenantId });
    if (!apps.ok) return null;
    const replaces = replacedApps(targets.appIds, apps.value);
    return replaces.length > 0 ? { tenantName: tenants.value.find((t) => t.id === targets.tenantId)!.displayName, replaces } : null;
  };

  const cancel = () => {
    setState({ kind: 'idle' });
    requestAnimationFrame(() => button.current?.focus());
  };

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
    const text = await file.text();
    const replacing = await replacements(text);
    if (replacing) setState({ kind: 'confirm', fileName: file.name, text, ...replacing });
    else await write(file.name, text);
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
      <Button ref={button as never} icon={<ArrowUploadRegular />} disabledFocusable={state.kind === 'busy'} onClick={() => input.current?.click()}>
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
      <Dialog open={state.kind === 'confirm'} onOpenChange={(_, data) => !data.open && cancel()}>
        <DialogSurface aria-describedby="snapshot-replace-what">
          {state.kind === 'confirm' && (
            <DialogBody>
              <DialogTitle>Replace {countOf(state.replaces.length, 'app')} in {state.tenantName}?</DialogTitle>
              <DialogContent id="snapshot-replace-what" data-testid="snapshot-replace-what">
                <p>
                  {state.fileName} holds {state.replaces.length === 1 ? 'an app' : 'apps'} already in the workspace. Importing it replaces{' '}
                  {state.replaces.length === 1 ? 'its' : 'their'} assignments, provisioning jobs and attribute mappings with the file&apos;s:
                </p>
                <ul className={styles.list}>
                  {state.replaces.map((app) => (
                    <li key={app.id}>{app.displayName}</li>
                  ))}
                </ul>
                <p className={styles.muted}>Users and groups in the file are updated; provisioning-log records already stored are kept.</p>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void write(state.fileName, state.text)}>
                  Replace and import
                </Button>
                <Button onClick={cancel}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
      {state.kind === 'failed' && (
        <ErrorMessage error={state.error} title={`${state.fileName} was not imported; the workspace is unchanged`} />
      )}
    </div>
  );
}
