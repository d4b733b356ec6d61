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
import { ok, type Result, type ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePickerButton } from '../../components/FilePickerButton';
import { invoke } from '../../lib/api';
import { countOf } from '../../lib/format';
import type { PickedFiles } from '../../lib/pickedFiles';
import { useTask } from '../../lib/useTask';
import { snapshotTargets } from '../../../../shared/snapshot/snapshot-targets';
import { replacedApps, type ReplacedApp } from './snapshotReplacements';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The picked file: read by path in the core (desktop app) or uploaded as text (browser mode). */
type SnapshotSource = { fileName: string } & ({ kind: 'path'; path: string } | { kind: 'text'; text: string });

type Outcome = { kind: 'imported'; summary: ImportSummary } | { kind: 'confirm'; source: SnapshotSource; tenantName: string; replaces: ReplacedApp[] };

/**
 * Imports a snapshot file (`snapshot:importPath` in the desktop app, `snapshot:import` in browser mode).
 * A bad file changes nothing; every problem is listed with its JSON path. On success the tenant list
 * refreshes through the workspace:changed event.
 */
export function ImportSnapshotButton({ onImported }: { onImported(tenantId: string): void }) {
  const styles = useStyles();
  const button = useRef<HTMLButtonElement>(null);
  const [fileName, setFileName] = useState('');
  const task = useTask<Outcome>('snapshot-import');
  const { state } = task;

  const write = async (source: SnapshotSource): Promise<Result<Outcome>> => {
    const result = source.kind === 'path' ? await invoke('snapshot:importPath', { path: source.path }) : await invoke('snapshot:import', { fileName: source.fileName, text: source.text });
    if (!result.ok) return result;
    onImported(result.value.tenantId);
    return ok({ kind: 'imported', summary: result.value });
  };

  /** Apps of the file's tenant already in the workspace, which the import would overwrite. */
  const replacements = async (source: SnapshotSource): Promise<{ tenantName: string; replaces: ReplacedApp[] } | null> => {
    const inspected = source.kind === 'path' ? await invoke('snapshot:inspectPath', { path: source.path }) : ok(snapshotTargets(source.text));
    const targets = inspected.ok ? inspected.value : null;
    if (!targets || targets.appIds.length === 0) return null;
    const tenants = await invoke('tenants:list', {});
    if (!tenants.ok || !tenants.value.some((tenant) => tenant.id === targets.tenantId)) return null;
    const apps = await invoke('apps:list', { tenantId: targets.tenantId });
    if (!apps.ok) return null;
    const replaces = replacedApps(targets.appIds, apps.value);
    return replaces.length > 0 ? { tenantName: tenants.value.find((t) => t.id === targets.tenantId)!.displayName, replaces } : null;
  };

  const cancel = () => {
    task.dismiss();
    requestAnimationFrame(() => button.current?.focus());
  };

  const importPicked = (picked: PickedFiles) => {
    const name = picked.files[0]?.name;
    if (!name) return;
    setFileName(name);
    void task.run(`Importing ${name}`, async () => {
      const source = await sourceOf(picked);
      const replacing = await replacements(source);
      return replacing ? ok({ kind: 'confirm', source, ...replacing }) : write(source);
    });
  };

  const refuse = (error: ResultError) => {
    setFileName('The snapshot');
    task.refuse(error);
  };

  const confirm = state.status === 'done' && state.value.kind === 'confirm' ? state.value : null;
  const imported = state.status === 'done' && state.value.kind === 'imported' ? state.value.summary : null;
  return (
    <div className={styles.root}>
      <FilePickerButton
        ref={button}
        purpose="snapshot"
        accept=".json,application/json"
        inputLabel="Snapshot file"
        inputTestId="snapshot-file-input"
        cliCommand="pwb snapshot import FILE"
        onPicked={importPicked}
        onRefused={refuse}
        icon={<ArrowUploadRegular />}
        disabled={task.busy}
      >
        {state.status === 'running' ? `Importing ${fileName}…` : 'Import snapshot…'}
      </FilePickerButton>
      {imported && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            Imported {imported.tenantName}: {countOf(imported.apps, 'app')}, {countOf(imported.users, 'user')},{' '}
            {countOf(imported.groups, 'group')}, {countOf(imported.provisioningLogs, 'provisioning log record')}.
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirm !== null} onOpenChange={(_, data) => !data.open && cancel()}>
        <DialogSurface aria-describedby="snapshot-replace-what">
          {confirm && (
            <DialogBody>
              <DialogTitle>Replace {countOf(confirm.replaces.length, 'app')} in {confirm.tenantName}?</DialogTitle>
              <DialogContent id="snapshot-replace-what" data-testid="snapshot-replace-what">
                <p>
                  {confirm.source.fileName} holds {confirm.replaces.length === 1 ? 'an app' : 'apps'} already in the workspace. Importing it replaces{' '}
                  {confirm.replaces.length === 1 ? 'its' : 'their'} assignments, provisioning jobs and attribute mappings with the file&apos;s:
                </p>
                <ul className={styles.list}>
                  {confirm.replaces.map((app) => (
                    <li key={app.id}>{app.displayName}</li>
                  ))}
                </ul>
                <p className={styles.muted}>Users and groups in the file are updated; provisioning-log records already stored are kept.</p>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void task.run(`Importing ${confirm.source.fileName}`, () => write(confirm.source))}>
                  Replace and import
                </Button>
                <Button onClick={cancel}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
      {state.status === 'failed' && (
        <ErrorMessage error={state.error} title={`${fileName} was not imported; the workspace is unchanged`} />
      )}
    </div>
  );
}

/** The first picked file, as a path for the core to read or as the uploaded text. */
async function sourceOf(picked: PickedFiles): Promise<SnapshotSource> {
  if (picked.kind === 'paths') {
    const file = picked.files[0]!;
    return { kind: 'path', fileName: file.name, path: file.path };
  }
  const file = picked.files[0]!;
  return { kind: 'text', fileName: file.name, text: await file.text() };
}
