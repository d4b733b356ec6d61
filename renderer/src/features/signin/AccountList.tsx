import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/ipc/contracts/auth';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { announceAuthChanged } from './useAuthStatus';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Signed-in accounts with switch and sign-out. */
export function AccountList({ accounts }: { accounts: readonly AccountSummary[] }) {
  const styles = useStyles();
  const [error, setError] = useState<ResultError | null>(null);
  const act = async (channel: 'auth:switchAccount' | 'auth:signOut', homeAccountId: string) => {
    const result = await invoke(channel, { homeAccountId });
    setError(result.ok ? null : result.error);
    announceAuthChanged();
  };
  return (
    <>
      <ul className={styles.list} aria-label="Signed-in accounts">
        {accounts.map((account) => (
          <li key={account.homeAccountId} className={styles.item} data-testid="account">
            <div className={styles.who}>
              <span className={styles.name}>{account.username}</span>
              <span className={styles.meta}>
                Tenant {account.tenantId} · {account.cloud} cloud · {account.write ? 'read and write' : 'read-only'}
              </span>
            </div>
            {account.active ? (
              <Badge appearance="tint" color="brand">
                Active
              </Badge>
            ) : (
              <Button size="small" onClick={() => void act('auth:switchAccount', account.homeAccountId)}>
                Switch to
              </Button>
            )}
            <Button size="small" appearance="subtle" onClick={() => void act('auth:signOut', account.homeAccountId)}>
              Sign out {account.username}
            </Button>
          </li>
        ))}
      </ul>
      {error && <ErrorMessage error={error} title="Could not change accounts" />}
    </>
  );
}
