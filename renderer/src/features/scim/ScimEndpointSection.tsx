import { SECTION_IDS } from '../../app/sectionIds';
import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/ipc/contract';
import type { ScimStatus } from '../../../../shared/ipc/contracts/scim';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { invoke } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';
import { ConfirmButton } from './ConfirmButton';
import { ConnectionDetails } from './ConnectionDetails';
import { EndpointControls } from './EndpointControls';
import { RequestLog } from './RequestLog';
import { ResourceBrowser } from './ResourceBrowser';
import { usePolling } from './usePolling';

export const SCIM_SECTION_ID = SECTION_IDS.scim;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  counts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The "Local SCIM endpoint" screen: run it for trial syncs and local clients, watch and browse what arrives. */
export function ScimEndpointSection() {
  const styles = useStyles();
  const status = useQuery('scim:status', {});
  const profiles = useQuery('scim:profiles', {});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { reload } = status;
  usePolling(true, 1000, reload);

  const run = useCallback(
    async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | null> => {
      setBusy(true);
      setFailure(null);
      const result = await invoke(channel, request);
      setBusy(false);
      reload();
      if (!result.ok) {
        setFailure(result.error.message);
        return null;
      }
      return result.value;
    },
    [reload],
  );

  const data: ScimStatus | undefined = status.data;
  return (
    <section className={styles.root} aria-labelledby="scim-title" data-testid="scim-section">
      <div>
        <h2 id="scim-title" className={styles.title}>
          Local SCIM endpoint
        </h2>
        <p className={styles.subtitle}>
          A SCIM 2.0 server on this computer (127.0.0.1) that behaves like a vendor&apos;s endpoint, with every request it receives. Trial sync
          runs Entra&apos;s provisioning cycle against it, and any SCIM client on this computer (a script, curl, Postman) can use its Tenant URL
          and Secret Token.
        </p>
      </div>
      <MessageBar intent="info" layout="multiline" data-testid="scim-entra-note">
        <MessageBarBody>
          <MessageBarTitle>Connecting Entra ID itself</MessageBarTitle>
          Entra&apos;s provisioning service runs in Microsoft&apos;s cloud and cannot reach 127.0.0.1, so this Tenant URL does not work in an
          app&apos;s Admin Credentials. Entra needs a public HTTPS URL for the endpoint, for example through a tunnel you set up and secure
          yourself; the workbench does not create one.
        </MessageBarBody>
      </MessageBar>
      {failure && (
        <MessageBar intent="error" data-testid="scim-failure">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {status.status === 'error' && !data && <ErrorMessage error={status.error} onRetry={reload} title="Could not open the SCIM endpoint's store" />}
      {!data && status.status !== 'error' && <Spinner label="Opening the endpoint…" />}
      {data && (
        <>
          <Section
            title={
              <>
                Endpoint{' '}
                <Badge appearance="filled" color={data.running ? 'success' : 'informative'} data-testid="scim-state">
                  {data.running ? 'Running' : 'Stopped'}
                </Badge>
              </>
            }
            level={3}
            testId="scim-endpoint"
            actions={
              <ConfirmButton
                icon={<DeleteRegular />}
                title="Reset the endpoint?"
                message={`This deletes all ${data.users} user(s), ${data.groups} group(s) and ${data.loggedRequests} logged request(s) from ${data.storeFile}. It cannot be undone.`}
                confirmLabel="Delete everything"
                onConfirm={() => void run('scim:reset', {})}
              >
                Reset…
              </ConfirmButton>
            }
          >
            <EndpointControls
              key={`${data.profileId}:${data.port}`}
              status={data}
              profiles={profiles.data ?? []}
              busy={busy}
              onStart={(port, profileId) => void run('scim:start', { port, profileId })}
              onStop={() => void run('scim:stop', {})}
            />
            <ConnectionDetails status={data} onRegenerate={() => void run('scim:regenerateToken', {})} onError={setFailure} />
            <span className={styles.counts} data-testid="scim-counts">
              {data.users} user(s) · {data.groups} group(s) · {data.loggedRequests} request(s) logged · store {data.storeFile}
            </span>
          </Section>
          <Section title="Requests received" level={3} testId="scim-requests">
            <RequestLog latestSeq={data.latestSeq} />
          </Section>
          <Section title="Stored users and groups" level={3} testId="scim-stored">
            <ResourceBrowser version={`${data.latestSeq}:${data.users}:${data.groups}`} />
          </Section>
        </>
      )}
    </section>
  );
}
