import { Button, Field, Input, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, EyeOffRegular, EyeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ScimStatus } from '../../../../shared/ipc/contracts/scim';
import { invoke } from '../../lib/api';
import { ConfirmButton } from './ConfirmButton';
import { CopyButton } from './CopyButton';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** Tenant URL and Secret Token for clients on this computer (a trial sync's own target needs neither). */
export function ConnectionDetails({ status, onRegenerate, onError }: { status: ScimStatus; onRegenerate: () => void; onError: (message: string) => void }) {
  const styles = useStyles();
  const [token, setToken] = useState<string | null>(null);
  const fetchToken = async (): Promise<string | null> => {
    const result = await invoke('scim:revealToken', {});
    if (!result.ok) {
      onError(result.error.message);
      return null;
    }
    return result.value.token;
  };
  const toggle = async () => setToken(token === null ? await fetchToken() : null);
  return (
    <div>
      <div className={styles.grid}>
        <Field label="Tenant URL" hint="Reachable from this computer only (127.0.0.1).">
          <div className={styles.line}>
            <Input className={styles.input} readOnly value={status.tenantUrl ?? 'Start the endpoint to get its URL'} data-testid="scim-tenant-url" />
            <CopyButton label="Copy Tenant URL" value={status.tenantUrl} disabled={!status.tenantUrl} />
          </div>
        </Field>
        <Field label="Secret Token">
          <div className={styles.line}>
            <Input className={styles.input} readOnly type={token === null ? 'password' : 'text'} value={token ?? '••••••••••••••••••••••••••••••'} data-testid="scim-token" />
            <Tooltip content={token === null ? 'Reveal token' : 'Hide token'} relationship="label">
              <Button appearance="subtle" icon={token === null ? <EyeRegular /> : <EyeOffRegular />} onClick={() => void toggle()} data-testid="scim-reveal" />
            </Tooltip>
            <CopyButton label="Copy Secret Token" value={fetchToken} />
            <ConfirmButton
              icon={<ArrowClockwiseRegular />}
              title="Regenerate the Secret Token?"
              message="Clients using the current token (a script or tool on this computer) will get 401 until you give them the new one."
              confirmLabel="Regenerate"
              onConfirm={() => {
                setToken(null);
                onRegenerate();
              }}
            >
              Regenerate
            </ConfirmButton>
          </div>
        </Field>
      </div>
      <p className={styles.hint}>{status.tokenProtection}</p>
    </div>
  );
}
