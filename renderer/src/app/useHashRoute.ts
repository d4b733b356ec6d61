import { useCallback, useSyncExternalStore } from 'react';

export type DetailTab = 'overview' | 'assignments' | 'mappings' | 'trial' | 'rollout';

export const DETAIL_TABS: readonly DetailTab[] = ['overview', 'assignments', 'mappings', 'trial', 'rollout'];

/**
 * Where the admin is: kept in the URL hash so a reload keeps the place. `#/<tenant>/<app>/<tab>` for
 * the enterprise apps; `#/<tenant>/~<section>/<path…>` for the other sections (see sections.tsx).
 */
export interface Route {
  tenantId: string | null;
  appId: string | null;
  tab: DetailTab;
  /** A section other than the enterprise apps, or null for the apps. */
  section: string | null;
  /** The section's own place, as path segments. */
  path: string[];
}

function isDetailTab(value: string | undefined): value is DetailTab {
  return DETAIL_TABS.includes(value as DetailTab);
}

export function parseHash(hash: string): Route {
  const [tenant, second, ...rest] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => safeDecode(part));
  if (second?.startsWith('~') && second.length > 1) {
    return { tenantId: tenant || null, appId: null, tab: 'overview', section: second.slice(1), path: rest.filter(Boolean) };
  }
  const tab = rest[0];
  return { tenantId: tenant || null, appId: second || null, tab: isDetailTab(tab) ? tab : 'overview', section: null, path: [] };
}

export function formatHash(route: Route): string {
  // A section chosen before the tenant list has loaded is kept until the first tenant is landed on.
  if (!route.tenantId) return route.section ? `#//~${encodeURIComponent(route.section)}` : '#/';
  const parts = [route.tenantId];
  if (route.section) parts.push(`~${route.section}`, ...route.path);
  else if (route.appId) parts.push(route.appId, route.tab);
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** The route that opens a tenant's apps (the default section). */
export function appsRoute(tenantId: string | null, appId: string | null = null, tab: DetailTab = 'overview'): Route {
  return { tenantId, appId, tab, section: null, path: [] };
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
