import { useCallback, useEffect, useState } from 'react';

export type ThemeName = 'light' | 'dark';

const STORAGE_KEY = 'pwb.theme';

function readStoredTheme(): ThemeName | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    return null;
  }
}

function systemTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The admin's theme: what they last chose (remembered in localStorage), otherwise the system's
 * prefers-color-scheme, following it live until they choose.
 */
export function useThemePreference(): [ThemeName, (theme: ThemeName) => void] {
  const [chosen, setChosen] = useState<ThemeName | null>(readStoredTheme);
  const [system, setSystem] = useState<ThemeName>(systemTheme);

  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const follow = (event: MediaQueryListEvent) => setSystem(event.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const choose = useCallback((theme: ThemeName) => {
    setChosen(theme);
    try {
      window.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Storage can be unavailable (private mode, quota); the choice then lasts for this session.
    }
  }, []);

  return [chosen ?? system, choose];
}
