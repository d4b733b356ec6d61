import { SECTION_IDS } from '../../app/sectionIds';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingSpinner } from '../../components/Loading';
import { Section } from '../../components/Section';
import { AccountList } from './AccountList';
import { SignInForm } from './SignInForm';
import { TenantRefreshPanel } from './TenantRefreshPanel';
import { useAuthStatus } from './useAuthStatus';

export const SIGN_IN_SECTION_ID = SECTION_IDS.signIn;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The sign-in screen: accounts, reading the signed-in tenant, and signing in (another) account. */
export function SignInSection() {
  const styles = useStyles();
  const status = useAuthStatus();
  const data = status.data;
  if (!data) {
    return status.status === 'error' ? <ErrorMessage error={status.error} onRetry={status.reload} /> : <LoadingSpinner label="Loading sign-in…" />;
  }
  const active = data.accounts.find((account) => account.active);
  return (
    <div className={styles.root} data-testid="signin-section">
      <h2 className={styles.title}>Your tenant</h2>
      <p className={styles.hint}>
        Sign in to read your own tenant&apos;s provisioning apps through Microsoft Graph. They appear beside the sample tenant, and stay
        available offline with the time they were fetched.
      </p>
      {!data.osProtected && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{data.cacheProtection}</MessageBarBody>
        </MessageBar>
      )}
      {active && (
        <Section title="Read the tenant">
          <TenantRefreshPanel accountKey={active.homeAccountId} />
        </Section>
      )}
      {data.accounts.length > 0 && (
        <Section title="Accounts">
          <AccountList accounts={data.accounts} />
        </Section>
      )}
      <Section title={data.accounts.length ? 'Sign in another account' : 'Sign in'}>
        <SignInForm status={data} onSignedIn={status.reload} />
      </Section>
    </div>
  );
}
