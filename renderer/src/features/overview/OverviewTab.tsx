import { Badge, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import type { AppOverview } from '../../../../shared/ipc/dto/apps';
import { FactList } from '../../components/FactList';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { SimpleTable } from '../../components/SimpleTable';
import { formatCount, formatDateTime, formatRelative } from '../../lib/format';
import type { Query } from '../../lib/useQuery';
import { vendorProfileName } from '../../lib/vendorProfiles';
import { logsHref } from './CycleFacts';
import { JobSections } from './JobSections';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingVerticalM,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  fetched: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  logsLink: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start' },
});

export function OverviewTab({ query }: { query: Query<AppOverview> }) {
  return (
    <QueryView query={query} loadingLabel="Loading overview" errorTitle="Could not load the overview">
      {(overview) => <OverviewContent overview={overview} />}
    </QueryView>
  );
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function OverviewContent({ overview }: { overview: AppOverview }) {
  const styles = useStyles();
  const { counts } = overview;
  const logs = { tenantId: overview.tenantId, app: overview.id };
  return (
    <div className={styles.root} data-testid="overview">
      <Link className={styles.logsLink} href={logsHref(overview.tenantId, { app: overview.id })} data-testid="overview-view-logs">
        <DocumentSearchRegular aria-hidden />
        View provisioning logs ({formatCount(counts.logRecords)} records)
      </Link>
      {overview.jobs.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>This app has no provisioning job.</MessageBarBody>
        </MessageBar>
      )}
      {overview.jobs.map((job) => (
        <JobSections key={job.id} job={job} showJobId={overview.jobs.length > 1} logs={logs} />
      ))}
      <div className={styles.grid}>
        <Section title="Users and groups">
          <FactList
            label="Users and groups"
            facts={[
              { label: 'Assigned users', value: formatCount(counts.assignedUsers) },
              { label: 'Assigned groups', value: formatCount(counts.assignedGroups) },
              { label: 'Users via groups', value: formatCount(counts.usersViaGroups) },
              {
                label: 'Nested members not provisioned',
                value: (
                  <span className={counts.nestedNotProvisioned > 0 ? styles.warning : undefined}>
                    {formatCount(counts.nestedNotProvisioned)}
                  </span>
                ),
              },
              {
                label: 'Provisioning log records',
                value: counts.logRecords ? (
                  <Link href={logsHref(overview.tenantId, { app: overview.id })} data-testid="overview-log-records">
                    {formatCount(counts.logRecords)}
                  </Link>
                ) : (
                  formatCount(counts.logRecords)
                ),
              },
            ]}
          />
        </Section>
        <Section title="Application">
          <FactList
            label="Application"
            facts={[
              { label: 'Assignment required', value: yesNo(overview.appRoleAssignmentRequired) },
              { label: 'Enabled for sign-in', value: yesNo(overview.accountEnabled) },
              { label: 'Vendor profile', value: overview.vendorProfile ? vendorProfileName(overview.vendorProfile) : '—' },
              { label: 'Gallery template', value: <span className={styles.mono}>{overview.applicationTemplateId ?? '—'}</span> },
              { label: 'Object ID', value: <span className={styles.mono}>{overview.id}</span> },
              { label: 'App ID', value: <span className={styles.mono}>{overview.appId}</span> },
              { label: 'Tags', value: overview.tags.length > 0 ? overview.tags.join(', ') : '—' },
            ]}
          />
        </Section>
      </div>
      <Section title="App roles">
        <SimpleTable
          label="App roles"
          columns={[
            { header: 'Role', cell: (role) => role.displayName },
            { header: 'Value', cell: (role) => <span className={styles.mono}>{role.value ?? '—'}</span> },
            { header: 'Assignable to', cell: (role) => role.allowedMemberTypes.join(', ') || '—' },
            {
              header: 'Enabled',
              cell: (role) =>
                role.isEnabled ? (
                  'Yes'
                ) : (
                  <Badge appearance="tint" color="subtle">
                    Disabled
                  </Badge>
                ),
            },
          ]}
          rows={overview.appRoles}
          rowKey={(role) => role.id}
          empty="This app defines no roles; assignments use Default Access."
        />
      </Section>
      <p className={styles.fetched}>
        Fetched {formatDateTime(overview.fetchedAt)} ({formatRelative(overview.fetchedAt)}).
      </p>
    </div>
  );
}
