import { Button } from '@fluentui/react-components';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import { SECTION_IDS } from '../../app/sectionIds';
import { formatHash } from '../../app/useHashRoute';
import { trialRunLogsPath } from '../logs/logsLink';

/** Opens the provisioning logs filtered to this run's records (trial origin; the run id is their cycle id). */
export function OpenInLogsButton({ tenantId, runId, count }: { tenantId: string; runId: string; count: number }) {
  const open = () => {
    window.location.hash = formatHash({ tenantId, appId: null, tab: 'overview', section: SECTION_IDS.logs, path: trialRunLogsPath(runId) });
  };
  return (
    <Button icon={<DocumentSearchRegular />} onClick={open} data-testid="trial-open-logs">
      Open in logs ({count} {count === 1 ? 'record' : 'records'})
    </Button>
  );
}
