import { Switch } from '@fluentui/react-components';
import type { ThemeName } from './themePreference';

export function ThemeSwitch({ theme, onChange }: { theme: ThemeName; onChange: (theme: ThemeName) => void }) {
  return (
    <Switch
      label="Dark theme"
      checked={theme === 'dark'}
      onChange={(_, data) => onChange(data.checked ? 'dark' : 'light')}
      data-testid="theme-switch"
    />
  );
}
