import { useCallback, useSyncExternalStore } from 'react';

export type DetailTab = 'overview' | 'assignments' | 'mappings';

export const DETAIL_TABS: readonly DetailTab[] = ['overview', 'assignments', 'mappings'];

/** Where the admin is: kept in the URL hash (`#/<tenant>/<app>/<tab>`) so a reload keeps the place. */
export interface Route {
  tenantId: string | null;
  appId: string | null;
  tab: DetailTab;
}

function isDetailTab(value: string | undefined): value is DetailTab {
  return DETAIL_TABS.includes(value as DetailTab);
}

export function parseHash(hash: string): Route {
  const [tenant, app, tab] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => safeDecode(part));
  return { tenantId: tenant || null, appId: app || null, tab: isDetailTab(tab) ? tab : 'overview' };
}

export function formatHash(route: Route): string {
  if (!route.tenantId) return '#/';
  const parts = [route.tenantId];
  if (route.appId) parts.push(route.appId, route.tab);
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function useHashRoute(): [Route, (next: Route) => void] {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((next: Route) => {
    const target = formatHash(next);
    if (target !== window.location.hash) window.location.hash = target;
  }, []);
  return [parseHash(hash), navigate];
}
