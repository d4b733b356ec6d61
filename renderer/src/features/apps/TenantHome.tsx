import { makeStyles, tokens } from '@fluentui/react-components';
import type { TenantSummary } from '../../../../shared/ipc/dto/apps';
import { FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { countOf, formatDateTime, formatRelative } from '../../lib/format';
import { ImportSnapshotButton } from './ImportSnapshotButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const SOURCE_NAMES: Readonly<Record<TenantSummary['source'], string>> = {
  sample: 'Bundled sample tenant',
  graph: 'Read from Microsoft Graph',
  file: 'Imported snapshot file',
};

/** What the detail area shows before an app is opened: the tenant itself. */
export function TenantHome({ tenant, onImported }: { tenant: TenantSummary; onImported(tenantId: string): void }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="tenant-home">
      <h2 className={styles.title}>{tenant.displayName}</h2>
      <p className={styles.hint}>
        Choose an app on the left to see its provisioning job, its users and groups, and its attribute mappings.
      </p>
      <Section title="Tenant">
        <FactList
          label="Tenant"
          facts={[
            { label: 'Default domain', value: tenant.defaultDomain ?? '—' },
            { label: 'Tenant ID', value: tenant.id },
            { label: 'Source', value: SOURCE_NAMES[tenant.source] },
            { label: 'Apps with provisioning', value: countOf(tenant.appCount, 'app') },
            {
              label: 'Fetched',
              value: `${formatDateTime(tenant.fetchedAt)} (${formatRelative(tenant.fetchedAt)})`,
            },
          ]}
        />
      </Section>
      <Section title="Snapshots">
        <p className={styles.hint}>
          Open a snapshot exported by Provisioning Workbench (an app’s Export snapshot, or <code>pwb snapshot export</code>). It is
          checked in full first: a file with any problem changes nothing.
        </p>
        <ImportSnapshotButton onImported={onImported} />
      </Section>
    </div>
  );
}
