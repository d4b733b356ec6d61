import { useEffect } from 'react';
import { useQuery } from '../../lib/useQuery';

const AUTH_CHANGED = 'pwb:auth-changed';

/** Tells every sign-in view (header menu, sign-in screen) that accounts changed. */
export function announceAuthChanged(): void {
  window.dispatchEvent(new Event(AUTH_CHANGED));
}

/** `auth:status`, refetched whenever any view signs in, switches or signs out. */
export function useAuthStatus() {
  const status = useQuery('auth:status', {}, { keepPreviousData: true });
  const { reload } = status;
  useEffect(() => {
    window.addEventListener(AUTH_CHANGED, reload);
    return () => window.removeEventListener(AUTH_CHANGED, reload);
  }, [reload]);
  return status;
}
