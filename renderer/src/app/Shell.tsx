import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadingSpinner } from '../components/Loading';
import { AppDetail } from '../features/apps/AppDetail';
import { AppListPane } from '../features/apps/AppListPane';
import { TenantHome } from '../features/apps/TenantHome';
import { useQuery } from '../lib/useQuery';
import { AppHeader, HEADER_HEIGHT } from './AppHeader';
import { SectionNav } from './SectionNav';
import { sectionById } from './sections';
import { SkipLink } from './SkipLink';
import { TenantPicker } from './TenantPicker';
import type { ThemeName } from './themePreference';
import { appsRoute, useHashRoute } from './useHashRoute';

const MAIN_ID = 'main-content';

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  body: { display: 'grid', gridTemplateColumns: '320px minmax(0, 1fr)', alignItems: 'start' },
  nav: {
    position: 'sticky',
    top: HEADER_HEIGHT,
    height: `calc(100vh - ${HEADER_HEIGHT})`,
    boxSizing: 'border-box',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
  },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
    outline: 'none',
  },
  status: { padding: tokens.spacingHorizontalXXL },
  section: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, minWidth: 0, outline: 'none' },
});

export function Shell({ theme, onThemeChange }: { theme: ThemeName; onThemeChange: (theme: ThemeName) => void }) {
  const styles = useStyles();
  const [route, navigate] = useHashRoute();
  const tenants = useQuery('tenants:list', {});
  const tenantList = tenants.data;
  const tenant = tenantList?.find((each) => each.id === route.tenantId) ?? null;

  // A tenant just imported is routed to before the refetched list names it; wait for it.
  const [arrivingTenantId, setArrivingTenantId] = useState<string | null>(null);

  // Land on the first tenant (the bundled sample on first launch) when the hash names none we know.
  useEffect(() => {
    if (!tenantList || tenantList.length === 0 || tenant || (arrivingTenantId !== null && route.tenantId === arrivingTenantId)) return;
    navigate({ ...route, tenantId: tenantList[0]!.id, appId: null });
  }, [tenantList, tenant, navigate, route, arrivingTenantId]);
  const section = sectionById(route.section);

  const picker = tenantList && (
    <TenantPicker
      tenants={tenantList}
      selectedId={tenant?.id ?? null}
      onSelect={(tenantId) => navigate({ ...route, tenantId, appId: null, tab: 'overview' })}
    />
  );

  return (
    <div className={styles.shell}>
      <SkipLink targetId={MAIN_ID}>Skip to main content</SkipLink>
      <AppHeader
        tenantPicker={picker}
        sectionNav={<SectionNav current={section?.id ?? null} onSelect={(id) => navigate(id ? { ...route, appId: null, section: id, path: [] } : appsRoute(route.tenantId))} />}
        theme={theme}
        onThemeChange={onThemeChange}
      />
      {tenants.status === 'error' && (
        <div className={styles.status}>
          <ErrorMessage error={tenants.error} title="Could not open the workspace" onRetry={tenants.reload} />
        </div>
      )}
      {tenants.status === 'loading' && !tenant && (
        <div className={styles.status}>
          <LoadingSpinner label="Opening the workspace…" />
        </div>
      )}
      {tenantList && tenantList.length === 0 && (
        <div className={styles.status}>
          <MessageBar intent="info">
            <MessageBarBody>This workspace has no tenants yet.</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {tenant && section && tenantList && (
        <main id={MAIN_ID} className={styles.section} tabIndex={-1}>
          <Suspense fallback={<LoadingSpinner label={`Opening ${section.label}…`} />}>
            {section.render({ tenant, tenants: tenantList, path: route.path, navigate: (path) => navigate({ ...route, path: [...path] }) })}
          </Suspense>
        </main>
      )}
      {tenant && !section && (
        <div className={styles.body}>
          <nav className={styles.nav} aria-label="Enterprise apps">
            <AppListPane
              tenantId={tenant.id}
              selectedAppId={route.appId}
              onOpen={(appId) => {
                if (appId !== route.appId) window.scrollTo({ top: 0 });
                navigate(appsRoute(tenant.id, appId, route.tab));
              }}
            />
          </nav>
          <main id={MAIN_ID} className={styles.main} tabIndex={-1}>
            {route.appId ? (
              <AppDetail
                key={`${tenant.id}/${route.appId}`}
                tenantId={tenant.id}
                appId={route.appId}
                tab={route.tab}
                onTabChange={(tab) => navigate({ ...route, tab })}
              />
            ) : (
              <TenantHome
                tenant={tenant}
                onImported={(tenantId) => {
                  setArrivingTenantId(tenantId);
                  navigate(appsRoute(tenantId));
                }}
              />
            )}
          </main>
        </div>
      )}
    </div>
  );
}
