import { Button, Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { PlugConnectedRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ResultError } from '../../../../shared/ipc/result';
import type { ScimCheckReport } from '../../../../shared/sync/scim-check';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingSpinner } from '../../components/Loading';
import { Section } from '../../components/Section';
import { invoke } from '../../lib/api';
import { ConfirmWriteDialog } from './ConfirmWriteDialog';
import { ProbeFindings } from './ProbeFindings';
import { hostOf, urlProblem } from './targetUrl';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`, alignItems: 'start' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '90ch' },
});

/**
 * Test Connection and the compatibility probe for a SCIM URL + token, driven by this app's mappings:
 * GETs only unless the write round trip is switched on and its host confirmed. The token is sent for
 * the call and then dropped from the form.
 */
export function ProbeSection({ tenantId, appId }: { tenantId: string; appId: string }) {
  const styles = useStyles();
  const [baseUrl, setBaseUrl] = useState('');
  const [token, setToken] = useState('');
  const [write, setWrite] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ScimCheckReport | null>(null);
  const [error, setError] = useState<ResultError | null>(null);
  const urlError = urlProblem(baseUrl);
  const problem = urlError ?? (token.trim() ? null : 'Enter the secret token the SCIM service expects.');
  const host = hostOf(baseUrl);

  const check = async (confirmHost?: string) => {
    setRunning(true);
    setError(null);
    const sent = token;
    setToken('');
    const result = await invoke('scimCheck:run', { baseUrl: baseUrl.trim(), token: sent, tenantId, appId, ...(write ? { write: true, confirmHost: confirmHost ?? '' } : {}) });
    setRunning(false);
    if (result.ok) setReport(result.value);
    else setError(result.error);
  };

  const submit = () => {
    if (running || problem) return;
    if (write) setConfirming(true);
    else void check();
  };

  return (
    <Section title="Test Connection and compatibility probe" testId="probe-section">
      <p className={styles.intro}>
        Sends exactly the requests Entra's Test Connection sends, then checks what this app's mappings need: each matching attribute filterable, the written attributes
        advertised in /Schemas, PATCH support, content types and error bodies. GETs only, unless you add the write round trip.
      </p>
      <form
        className={styles.form}
        aria-label="Test Connection"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className={styles.fields}>
          <Field label="Tenant URL" required hint="https, or plain http on 127.0.0.1 only." {...(baseUrl && urlError ? { validationMessage: urlError } : {})}>
            <Input type="url" placeholder="https://example.com/scim/v2" value={baseUrl} onChange={(_, d) => setBaseUrl(d.value)} disabled={running} data-testid="probe-url" />
          </Field>
          <Field label="Secret token" required hint={report || error ? 'Sent with the last check and dropped: enter it again to check again.' : 'Used for this check only; never stored or shown again.'}>
            <Input type="password" value={token} onChange={(_, d) => setToken(d.value)} disabled={running} autoComplete="off" data-testid="probe-token" />
          </Field>
        </div>
        <Switch
          label="Also run the write round trip (create → update → disable → re-enable → delete a throwaway user)"
          checked={write}
          onChange={(_, d) => setWrite(d.checked)}
          disabled={running}
          data-testid="probe-write"
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<PlugConnectedRegular />} disabled={running || problem !== null} data-testid="probe-run">
            Test connection
          </Button>
          {running && <LoadingSpinner label="Checking the endpoint…" />}
        </div>
      </form>
      {error && <ErrorMessage error={error} title="The check did not run" />}
      {report && <ProbeFindings report={report} />}
      <ConfirmWriteDialog
        host={host}
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={(typed) => {
          setConfirming(false);
          void check(typed);
        }}
      />
    </Section>
  );
}
