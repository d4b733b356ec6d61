import { Switch, makeStyles } from '@fluentui/react-components';
import type { ThemeName } from './themePreference';

const useStyles = makeStyles({
  root: { flexShrink: 0 },
  label: {
    whiteSpace: 'nowrap',
    // Narrow windows keep the switch and its accessible name but drop the visible words.
    '@media (max-width: 1279px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: 0,
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
    },
  },
});

export function ThemeSwitch({ theme, onChange }: { theme: ThemeName; onChange: (theme: ThemeName) => void }) {
  const styles = useStyles();
  return (
    <Switch
      className={styles.root}
      label={{ children: 'Dark theme', className: styles.label }}
      checked={theme === 'dark'}
      onChange={(_, data) => onChange(data.checked ? 'dark' : 'light')}
      data-testid="theme-switch"
      title="Dark theme"
    />
  );
}
