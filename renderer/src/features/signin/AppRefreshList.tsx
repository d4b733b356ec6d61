import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useQuery } from '../../lib/useQuery';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  name: { flexGrow: 1 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** The signed-in tenant's apps in the workspace, each refreshable on its own (an incremental refresh). */
export function AppRefreshList({ tenantId, disabled, onRefresh }: { tenantId: string; disabled: boolean; onRefresh(appId: string): void }) {
  const styles = useStyles();
  const apps = useQuery('apps:list', { tenantId }, { keepPreviousData: true });
  if (!apps.data?.length) return null;
  return (
    <section aria-label="Refresh one app">
      <h4 className={styles.title}>Refresh one app</h4>
      <ul className={styles.list}>
        {apps.data.map((app) => (
          <li key={app.id} className={styles.item}>
            <span className={styles.name}>
              {app.displayName} <span className={styles.meta}>· {app.statusCode ?? 'no job'}</span>
            </span>
            <Button size="small" appearance="subtle" icon={<ArrowSyncRegular />} disabled={disabled} aria-label={`Refresh ${app.displayName}`} onClick={() => onRefresh(app.id)}>
              Refresh
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
