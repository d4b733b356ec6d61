import { Skeleton, SkeletonItem, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { DetailTab } from '../../app/useHashRoute';
import { JobStatusBadge } from '../../components/JobStatusBadge';
import { LoadingRows } from '../../components/Loading';
import { useQuery } from '../../lib/useQuery';
import { configurationLine } from '../../lib/vendorProfiles';
import { AssignmentsTab } from '../assignments/AssignmentsTab';
import { MappingsTab } from '../mappings/MappingsTab';
import { OverviewTab } from '../overview/OverviewTab';
import { ExportSnapshotButton } from './ExportSnapshotButton';

// Trial sync is its own chunk, loaded when the tab is first opened, so the first window stays small.
const TrialTab = lazy(async () => ({ default: (await import('../trial/TrialTab')).TrialTab }));
// Before rollout likewise: its own chunk, loaded when the tab is first opened.
const ForecastTab = lazy(async () => ({ default: (await import('../forecast/ForecastTab')).ForecastTab }));

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  titleBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { marginLeft: 'auto' },
  tabs: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM} -${tokens.spacingHorizontalS}` },
  panel: { outline: 'none' },
  titleSkeleton: { width: '280px' },
});

const TAB_LABELS: Readonly<Record<DetailTab, string>> = {
  overview: 'Overview',
  assignments: 'Users and groups',
  mappings: 'Attribute mappings',
  trial: 'Trial sync',
  rollout: 'Before rollout',
};

/** The right pane for one app: name, status, export, and the five tabs. */
export function AppDetail({
  tenantId,
  appId,
  tab,
  onTabChange,
}: {
  tenantId: string;
  appId: string;
  tab: DetailTab;
  onTabChange: (tab: DetailTab) => void;
}) {
  const styles = useStyles();
  const overview = useQuery('apps:overview', { tenantId, appId });
  const app = overview.data;
  const subtitle = app ? configurationLine(app.vendorProfile, app.templateId) : '';

  return (
    <article aria-labelledby="app-title" data-testid="app-detail">
      <div className={styles.header}>
        <div className={styles.titleBlock}>
          {app ? (
            <>
              <div className={styles.titleRow}>
                <h2 className={styles.title} id="app-title">
                  {app.displayName}
                </h2>
                {app.jobs.map((job) => (
                  <JobStatusBadge key={job.id} code={job.statusCode} />
                ))}
              </div>
              <span className={styles.subtitle}>{subtitle}</span>
            </>
          ) : overview.status === 'error' ? (
            <h2 className={styles.title} id="app-title">
              App details unavailable
            </h2>
          ) : (
            <Skeleton className={styles.titleSkeleton} aria-label="Loading app">
              <SkeletonItem size={28} />
            </Skeleton>
          )}
        </div>
        <div className={styles.actions}>
          <ExportSnapshotButton tenantId={tenantId} appId={appId} />
        </div>
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => onTabChange(data.value as DetailTab)}
        aria-label="App details"
        selectTabOnFocus
      >
        {(Object.keys(TAB_LABELS) as DetailTab[]).map((value) => (
          <Tab key={value} value={value} id={`tab-${value}`} aria-controls={value === tab ? `panel-${value}` : undefined}>
            {TAB_LABELS[value]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {tab === 'overview' && <OverviewTab query={overview} />}
        {tab === 'assignments' && <AssignmentsTab tenantId={tenantId} appId={appId} />}
        {tab === 'mappings' && <MappingsTab tenantId={tenantId} appId={appId} />}
        {tab === 'trial' && (
          <Suspense fallback={<LoadingRows label="Opening trial sync" />}>
            <TrialTab tenantId={tenantId} appId={appId} />
          </Suspense>
        )}
        {tab === 'rollout' && (
          <Suspense fallback={<LoadingRows label="Opening before rollout" />}>
            <ForecastTab tenantId={tenantId} appId={appId} />
          </Suspense>
        )}
      </div>
    </article>
  );
}
