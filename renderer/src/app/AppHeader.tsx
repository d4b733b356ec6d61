import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AccountMenu } from '../features/signin/AccountMenu';
import { AboutDialog } from './AboutDialog';
import { ThemeSwitch } from './ThemeSwitch';
import type { ThemeName } from './themePreference';

export const HEADER_HEIGHT = '48px';

const useStyles = makeStyles({
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 10,
    height: HEADER_HEIGHT,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  product: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    flexShrink: 0,
  },
  // The account, theme and About never shrink or wrap; the section tabs give way instead (see SectionNav).
  end: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexShrink: 0 },
});

export function AppHeader({
  tenantPicker,
  sectionNav,
  theme,
  onThemeChange,
}: {
  tenantPicker: ReactNode;
  sectionNav?: ReactNode;
  theme: ThemeName;
  onThemeChange: (theme: ThemeName) => void;
}) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.product}>Provisioning Workbench</h1>
      {tenantPicker}
      {sectionNav}
      <div className={styles.end}>
        <AccountMenu />
        <ThemeSwitch theme={theme} onChange={onThemeChange} />
        <AboutDialog />
      </div>
    </header>
  );
}
