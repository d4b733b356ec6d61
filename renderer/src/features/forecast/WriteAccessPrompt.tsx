import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { OnDemandCheck } from '../../../../shared/ipc/contracts/onDemand';
import { openSignIn } from '../../lib/openSignIn';

/** Shown when provision on demand cannot be asked yet: nobody signed in to this tenant, or signed in read-only. */
export function WriteAccessPrompt({ check }: { check: OnDemandCheck }) {
  const title = check.signedIn ? 'Write access is needed' : 'Sign in to this tenant with write access';
  const body = check.signedIn
    ? `${check.accountName ?? 'The signed-in account'} signed in read-only. Provision on demand needs the delegated permission Synchronization.ReadWrite.All: sign in again with write access turned on (a tenant admin may have to consent), with an account that holds Application Administrator or Cloud Application Administrator.`
    : 'Provision on demand runs in your tenant, so it needs an account of this tenant signed in with write access (Synchronization.ReadWrite.All) and the Application Administrator or Cloud Application Administrator role.';
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="on-demand-write-prompt">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => openSignIn()}>Open Your tenant</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
