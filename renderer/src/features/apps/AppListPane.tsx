import { SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { QueryView } from '../../components/QueryView';
import { countOf } from '../../lib/format';
import { useQuery } from '../../lib/useQuery';
import { AppList } from './AppList';

const useStyles = makeStyles({
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
  headingRow: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  search: { width: '100%', maxWidth: 'none' },
  list: { flex: 1, minHeight: 0, overflowY: 'auto', padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}` },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

/** Left pane: the tenant's enterprise apps that have provisioning configured, searchable by name. */
export function AppListPane({
  tenantId,
  selectedAppId,
  onOpen,
}: {
  tenantId: string;
  selectedAppId: string | null;
  onOpen: (appId: string) => void;
}) {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const apps = useQuery(
    'apps:list',
    deferredSearch ? { tenantId, search: deferredSearch } : { tenantId },
    { keepPreviousData: true },
  );

  return (
    <>
      <div className={styles.top}>
        <div className={styles.headingRow}>
          <h2 className={styles.heading} id="app-list-heading">
            Enterprise apps
          </h2>
          {apps.data && <span className={styles.count}>{countOf(apps.data.length, 'app')}</span>}
        </div>
        <SearchBox
          className={styles.search}
          size="small"
          placeholder="Search by name"
          aria-label="Search apps by name"
          value={search}
          onChange={(_, data) => setSearch(data.value)}
        />
      </div>
      <div className={styles.list}>
        <QueryView query={apps} loadingLabel="Loading apps" errorTitle="Could not list the apps">
          {(list) =>
            list.length === 0 ? (
              <p className={styles.empty} role="status">
                {deferredSearch ? `No app matches “${deferredSearch}”.` : 'No app in this tenant has provisioning configured.'}
              </p>
            ) : (
              <AppList apps={list} selectedAppId={selectedAppId} onOpen={onOpen} labelledBy="app-list-heading" />
            )
          }
        </QueryView>
      </div>
    </>
  );
}
