import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { WorkspaceVersionProvider } from '../lib/workspaceVersion';
import { Shell } from './Shell';
import { useThemePreference } from './themePreference';

export function App() {
  const [theme, setTheme] = useThemePreference();

  // The page behind the provider (overscroll, scrollbars) follows the theme too.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} data-theme={theme}>
      <WorkspaceVersionProvider>
        <Shell theme={theme} onThemeChange={setTheme} />
      </WorkspaceVersionProvider>
    </FluentProvider>
  );
}
