import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular, StopRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ScimProfileSummary, ScimStatus } from '../../../../shared/ipc/contracts/scim';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  port: { width: '120px' },
  portInput: { width: '100%', minWidth: 0 },
  profile: { minWidth: '220px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** Start/stop, port and vendor profile. Port and profile apply on the next start (the parent remounts this when they change). */
export function EndpointControls({
  status,
  profiles,
  busy,
  onStart,
  onStop,
}: {
  status: ScimStatus;
  profiles: readonly ScimProfileSummary[];
  busy: boolean;
  onStart: (port: number, profileId: string) => void;
  onStop: () => void;
}) {
  const styles = useStyles();
  const [port, setPort] = useState(String(status.port));
  const [profileId, setProfileId] = useState(status.profileId);
  const portNumber = Number(port);
  const portValid = port.trim() !== '' && Number.isInteger(portNumber) && portNumber >= 0 && portNumber <= 65535;
  const selected = profiles.find((p) => p.id === profileId);
  return (
    <div>
      <div className={styles.row}>
        <Field label="Port" {...(portValid ? {} : { validationMessage: 'A number from 0 to 65535 (0: any free port)' })} className={styles.port}>
          <Input className={styles.portInput} value={port} onChange={(_, data) => setPort(data.value)} disabled={status.running} inputMode="numeric" data-testid="scim-port" />
        </Field>
        <Field label="Vendor profile" className={styles.profile}>
          <Dropdown
            value={selected?.displayName ?? profileId}
            selectedOptions={[profileId]}
            onOptionSelect={(_, data) => data.optionValue && setProfileId(data.optionValue)}
            disabled={status.running}
            data-testid="scim-profile"
          >
            {profiles.map((p) => (
              <Option key={p.id} value={p.id}>
                {p.displayName}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {status.running ? (
          <Button icon={<StopRegular />} onClick={onStop} disabled={busy} data-testid="scim-stop">
            Stop
          </Button>
        ) : (
          <Button appearance="primary" icon={<PlayRegular />} onClick={() => onStart(portNumber, profileId)} disabled={busy || !portValid} data-testid="scim-start">
            Start
          </Button>
        )}
      </div>
      {selected && (
        <p className={styles.hint}>
          {selected.description} Filterable: Users {selected.filterableUserAttributes.join(', ')}; Groups {selected.filterableGroupAttributes.join(', ')}.
        </p>
      )}
    </div>
  );
}
