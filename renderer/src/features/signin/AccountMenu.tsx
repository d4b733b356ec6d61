import { Button, makeStyles, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { PersonRegular, SignOutRegular, PersonAddRegular } from '@fluentui/react-icons';
import { invoke } from '../../lib/api';
import { openSignIn } from '../../lib/openSignIn';
import { announceAuthChanged, useAuthStatus } from './useAuthStatus';

const useStyles = makeStyles({
  trigger: { maxWidth: '160px', whiteSpace: 'nowrap', flexShrink: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis' },
});

/** The header's account switcher: who is signed in, switch, add another account, sign out. */
export function AccountMenu() {
  const styles = useStyles();
  const status = useAuthStatus();
  const accounts = status.data?.accounts ?? [];
  const active = accounts.find((account) => account.active);
  const change = async (channel: 'auth:switchAccount' | 'auth:signOut', homeAccountId: string) => {
    await invoke(channel, { homeAccountId });
    announceAuthChanged();
  };
  if (!active) {
    return (
      <Button appearance="subtle" size="small" className={styles.trigger} icon={<PersonRegular />} onClick={openSignIn}>
        Sign in
      </Button>
    );
  }
  return (
    <Menu checkedValues={{ account: [active.homeAccountId] }} onCheckedValueChange={(_, data) => data.checkedItems[0] && void change('auth:switchAccount', data.checkedItems[0])}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" className={styles.trigger} icon={<PersonRegular />} aria-label={`Account: ${active.username}`} title={active.username}>
          <span className={styles.name}>{active.username.split('@')[0]}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Accounts</MenuGroupHeader>
            {accounts.map((account) => (
              <MenuItemRadio key={account.homeAccountId} name="account" value={account.homeAccountId} secondaryContent={account.cloud}>
                {account.username}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuItem icon={<PersonAddRegular />} onClick={openSignIn}>
            Sign-in and tenant refresh…
          </MenuItem>
          <MenuItem icon={<SignOutRegular />} onClick={() => void change('auth:signOut', active.homeAccountId)}>
            Sign out {active.username}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
