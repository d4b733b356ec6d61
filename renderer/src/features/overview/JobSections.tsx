import { makeStyles, tokens } from '@fluentui/react-components';
import type { JobOverview } from '../../../../shared/ipc/dto/apps';
import { FactList } from '../../components/FactList';
import { JobStatusBadge } from '../../components/JobStatusBadge';
import { Section } from '../../components/Section';
import { SimpleTable } from '../../components/SimpleTable';
import { formatCount, formatDateTime, formatSchedule } from '../../lib/format';
import { CycleFacts, type LogsTarget } from './CycleFacts';
import { QuarantineBanner } from './QuarantineBanner';

const useStyles = makeStyles({
  job: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingVerticalM,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  statusLine: { display: 'inline-flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** Everything about one provisioning job: quarantine, status and schedule, cycles, counts and settings. */
export function JobSections({ job, showJobId, logs }: { job: JobOverview; showJobId: boolean; logs?: LogsTarget }) {
  const styles = useStyles();
  const suffix = showJobId ? ` (${job.templateId})` : '';
  return (
    <div className={styles.job} data-testid="job-overview" data-job-id={job.id}>
      {job.quarantine && <QuarantineBanner quarantine={job.quarantine} />}
      <Section title={`Provisioning job${suffix}`}>
        <FactList
          label="Provisioning job"
          facts={[
            {
              label: 'Status',
              value: (
                <span className={styles.statusLine}>
                  <JobStatusBadge code={job.statusCode} /> Schedule state: {job.scheduleState}
                </span>
              ),
            },
            { label: 'Schedule', value: <span data-testid="job-schedule">{formatSchedule(job.scheduleInterval)}</span> },
            { label: 'Job ID', value: <span className={styles.mono}>{job.id}</span> },
            { label: 'Template', value: <span className={styles.mono}>{job.templateId}</span> },
            { label: 'Steady state last reached', value: formatDateTime(job.steadyStateLastAchieved) },
            { label: 'Complete failures in a row', value: formatCount(job.countSuccessiveCompleteFailures) },
          ]}
        />
      </Section>
      <div className={styles.grid}>
        <Section title="Last cycle" testId="last-cycle">
          <CycleFacts cycle={job.lastExecution} label="Last cycle" {...(logs ? { logs } : {})} />
        </Section>
        <Section title="Last successful cycle">
          <CycleFacts cycle={job.lastSuccessfulExecution} label="Last successful cycle" {...(logs ? { logs } : {})} />
        </Section>
      </div>
      <div className={styles.grid}>
        <Section title="Entry counts">
          <SimpleTable
            label="Entry counts"
            columns={[
              { header: 'Entry', cell: (row) => row.key },
              { header: 'Count', cell: (row) => formatCount(row.value) },
            ]}
            rows={job.entryCounts}
            rowKey={(row) => row.key}
            empty="No entries counted yet."
          />
        </Section>
        <Section title="Job settings">
          <SimpleTable
            label="Job settings"
            columns={[
              { header: 'Setting', cell: (row) => <span className={styles.mono}>{row.name}</span> },
              { header: 'Value', cell: (row) => <span className={styles.mono}>{row.value}</span> },
            ]}
            rows={job.settings}
            rowKey={(row) => row.name}
            empty="No job settings."
          />
        </Section>
      </div>
    </div>
  );
}
