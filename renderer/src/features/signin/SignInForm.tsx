import { Button, Field, Input, Select, Spinner, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AuthStatus, DeviceCodePrompt } from '../../../../shared/ipc/contracts/auth';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { DeviceCodePanel } from './DeviceCodePanel';
import { announceAuthChanged } from './useAuthStatus';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', gridColumn: '1 / -1' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

type CloudName = AuthStatus['cloud'];

/** Cloud, tenant, client ID and write access, then interactive or device-code sign-in. */
export function SignInForm({ status, onSignedIn }: { status: AuthStatus; onSignedIn(): void }) {
  const styles = useStyles();
  const [cloud, setCloud] = useState<CloudName>(status.cloud === 'Custom' ? 'Global' : status.cloud);
  const [tenant, setTenant] = useState('');
  const [clientId, setClientId] = useState(status.clientId === status.defaultClientId ? '' : status.clientId);
  const [write, setWrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [prompt, setPrompt] = useState<DeviceCodePrompt | null>(null);
  const [browserFlow, setBrowserFlow] = useState<string | null>(null);
  const [error, setError] = useState<ResultError | null>(null);

  const request = () => ({
    cloud,
    write,
    ...(tenant.trim() ? { tenant: tenant.trim() } : {}),
    ...(clientId.trim() ? { clientId: clientId.trim() } : {}),
  });
  const finish = (result: { ok: true } | { ok: false; error: ResultError }) => {
    setBusy(false);
    setPrompt(null);
    setBrowserFlow(null);
    if (!result.ok) return setError(result.error);
    announceAuthChanged();
    onSignedIn();
  };

  const signInInteractive = async () => {
    const flowId = `browser-${Date.now()}`;
    setBusy(true);
    setError(null);
    setBrowserFlow(flowId);
    finish(await invoke('auth:signInInteractive', { ...request(), flowId }));
  };
  const signInWithCode = async () => {
    setBusy(true);
    setError(null);
    const started = await invoke('auth:startDeviceCode', request());
    if (!started.ok) return finish(started);
    setPrompt(started.value);
    finish(await invoke('auth:completeDeviceCode', { flowId: started.value.flowId }));
  };
  const cancel = async () => {
    const flowId = prompt?.flowId ?? browserFlow;
    if (flowId) await invoke('auth:cancelSignIn', { flowId });
  };

  return (
    <div className={styles.form}>
      <Field label="Cloud">
        <Select value={cloud} disabled={busy} onChange={(_, data) => setCloud(data.value as CloudName)}>
          {status.clouds
            .filter((each) => each.name !== 'Custom')
            .map((each) => (
              <option key={each.name} value={each.name}>
                {each.displayName}
              </option>
            ))}
        </Select>
      </Field>
      <Field label="Tenant (optional)" hint="Tenant ID or domain; leave empty to choose when signing in.">
        <Input value={tenant} disabled={busy} placeholder="contoso.onmicrosoft.com" onChange={(_, data) => setTenant(data.value)} />
      </Field>
      <Field label="Client ID (optional)" hint="Your own app registration; empty uses Microsoft Graph Command Line Tools.">
        <Input value={clientId} disabled={busy} placeholder={status.defaultClientId} onChange={(_, data) => setClientId(data.value)} />
      </Field>
      <Field
        className={styles.wide}
        label="Write access"
        hint={
          <>
            Off: read-only permissions ({status.readPermissions.join(', ')}). On also requests {status.writePermission}, needed only for:
            <ul className={styles.list}>
              {status.writeFeatures.map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
          </>
        }
      >
        <Switch checked={write} disabled={busy} label={write ? `Request ${status.writePermission}` : 'Read-only'} onChange={(_, data) => setWrite(data.checked)} />
      </Field>
      <div className={styles.actions}>
        {status.interactiveAvailable && (
          <Button appearance="primary" disabled={busy} onClick={() => void signInInteractive()}>
            Sign in with the browser
          </Button>
        )}
        <Button appearance={status.interactiveAvailable ? 'secondary' : 'primary'} disabled={busy} onClick={() => void signInWithCode()}>
          Sign in with a device code
        </Button>
      </div>
      {browserFlow && (
        <div className={styles.actions}>
          <Spinner size="tiny" label="Finish signing in in your browser…" />
          <Button onClick={() => void cancel()}>Cancel</Button>
        </div>
      )}
      {prompt && (
        <div className={styles.wide}>
          <DeviceCodePanel prompt={prompt} onCancel={() => void cancel()} />
        </div>
      )}
      {error && (
        <div className={styles.wide}>
          <ErrorMessage error={error} title="Sign-in failed" offerSignIn={false} />
        </div>
      )}
    </div>
  );
}
