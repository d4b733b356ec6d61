import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { AppMappings } from '../../../../shared/ipc/dto/apps';
import { useCallback, useState } from 'react';
import type { FindingDto } from '../../../../shared/ipc/contracts/audit';
import { QueryView } from '../../components/QueryView';
import { useQuery } from '../../lib/useQuery';
import { AuditPanel } from '../audit/AuditPanel';
import { ObjectMappingSection } from './ObjectMappingSection';
import { SchemaJsonDialog } from './SchemaJsonDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  job: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  jobHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  jobTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  jobId: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
  },
});

/** Where "Show mapping" went: an object mapping and a row of it. */
interface ShownRow {
  objectMapping: string;
  index: number;
  nonce: number;
}

export function MappingsTab({ tenantId, appId }: { tenantId: string; appId: string }) {
  const styles = useStyles();
  const mappings = useQuery('apps:mappings', { tenantId, appId });
  const [findings, setFindings] = useState<readonly FindingDto[]>([]);
  const [shown, setShown] = useState<ShownRow | null>(null);
  const showMapping = useCallback((objectMapping: string, index: number) => setShown((current) => ({ objectMapping, index, nonce: (current?.nonce ?? 0) + 1 })), []);
  return (
    <QueryView query={mappings} loadingLabel="Loading attribute mappings" errorTitle="Could not load the attribute mappings">
      {(value) => (
        <div className={styles.root}>
          {value.jobs.length > 0 && <AuditPanel tenantId={tenantId} appId={appId} onFindings={setFindings} onShowMapping={showMapping} />}
          <MappingsContent mappings={value} findings={findings} shown={shown} />
        </div>
      )}
    </QueryView>
  );
}

function MappingsContent({ mappings, findings, shown }: { mappings: AppMappings; findings: readonly FindingDto[]; shown: ShownRow | null }) {
  const styles = useStyles();
  if (mappings.jobs.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>This app has no provisioning job, so it has no attribute mappings.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root} data-testid="mappings">
      {mappings.jobs.map((job) => (
        <section key={job.jobId} className={styles.job} aria-label={`Job ${job.jobId}`}>
          <div className={styles.jobHeader}>
            <h3 className={styles.jobTitle}>
              Provisioning job <span className={styles.jobId}>{job.jobId}</span>
            </h3>
            <SchemaJsonDialog schemaJson={job.schemaJson} jobId={job.jobId} />
          </div>
          {job.objectMappings.length === 0 && <p>This job has no object mappings.</p>}
          {job.objectMappings.map((objectMapping) => (
            <ObjectMappingSection
              key={`${objectMapping.ruleId}/${objectMapping.name}`}
              mapping={objectMapping}
              findings={findings.filter((f) => f.objectMapping === objectMapping.name)}
              shown={shown?.objectMapping === objectMapping.name ? { index: shown.index, nonce: shown.nonce } : null}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
