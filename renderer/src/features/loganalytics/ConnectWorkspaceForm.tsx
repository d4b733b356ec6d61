import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ResultError } from '../../../../shared/ipc/result';
import { LA_CLOUD_NAMES, type LaCloudName } from '../../../../shared/loganalytics/la-clouds';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '280px' },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
});

const CLOUD_LABELS: Record<LaCloudName, string> = { Global: 'Global', USGov: 'US Government (GCC High)', USGovDoD: 'US Government (DoD)', China: 'China (21Vianet)' };

/** Asks for the workspace ID and cloud, checks the workspace answers, and remembers it. */
export function ConnectWorkspaceForm({ onConnected }: { onConnected(): void }) {
  const styles = useStyles();
  const [workspaceId, setWorkspaceId] = useState('');
  const [cloud, setCloud] = useState<LaCloudName>('Global');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResultError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await invoke('logAnalytics:connect', { workspaceId, cloud });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onConnected();
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="la-connect">
      <p className={styles.hint}>
        Large tenants send provisioning logs to a Log Analytics workspace (table AADProvisioningLogs) and keep them for years. Connect it to count them there, with the viewer's filters, without downloading them. The Workspace ID is on the workspace's Overview page in the Azure portal.
      </p>
      <div className={styles.row}>
        <Field label="Workspace ID" className={styles.grow} required>
          <Input value={workspaceId} onChange={(_, d) => setWorkspaceId(d.value)} placeholder="00000000-0000-0000-0000-000000000000" data-testid="la-workspace-id" />
        </Field>
        <Field label="Cloud">
          <Select value={cloud} onChange={(_, d) => setCloud(d.value as LaCloudName)}>
            {LA_CLOUD_NAMES.map((name) => (
              <option key={name} value={name}>
                {CLOUD_LABELS[name]}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" type="submit" disabled={busy || workspaceId.trim() === ''} data-testid="la-connect-submit">
          {busy ? 'Connecting…' : 'Connect'}
        </Button>
      </div>
      {error && <ErrorMessage error={error} title="Could not connect the workspace" />}
    </form>
  );
}
