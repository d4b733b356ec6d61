import { Badge, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ForecastRow } from '../../../../shared/sync/forecast-types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingRows } from '../../components/Loading';
import { useQuery } from '../../lib/useQuery';
import { ObjectTimeline } from '../trial/ObjectTimeline';
import { FINDING_INFO, SEVERITY_BADGE, STATUS_BADGE } from './forecastLabels';

const useStyles = makeStyles({
  surface: { width: 'min(1040px, calc(100vw - 48px))', maxWidth: 'min(1040px, calc(100vw - 48px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxHeight: 'calc(100vh - 200px)', overflowY: 'auto', paddingRight: tokens.spacingHorizontalXS },
  verdict: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  facts: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  findings: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start', overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  objects: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** One forecast row: its verdict and findings, then its trial-sync timeline replayed by the core with Entra's state as the forecast left it. */
export function ForecastObjectDialog({ forecastId, row, onClose }: { forecastId: string; row: ForecastRow | null; onClose: () => void }) {
  const styles = useStyles();
  const run = useQuery('forecast:object', row ? { forecastId, kind: row.kind, objectId: row.id } : null);
  const replay = run.data;
  // A finding that is the row's error code is told by the timeline's error bar below.
  const findings = row ? row.findings.filter((f) => f.code !== row.errorCode) : [];
  const facts = row ? [row.kind, row.reportable !== row.displayName ? row.reportable : null, row.assignedVia, row.matching ? `matched on ${row.matching.attribute} = "${row.matching.value}"` : 'no matching value', `${row.requests} ${row.requests === 1 ? 'request' : 'requests'}`].filter(Boolean) : [];
  return (
    <Dialog open={row !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="forecast-object">
        <DialogBody>
          <DialogTitle>{row ? `First cycle for ${row.displayName}` : ''}</DialogTitle>
          <DialogContent className={styles.content}>
            {row && (
              <>
                <p className={styles.verdict} data-testid="forecast-object-verdict">
                  <Badge appearance="tint" color={STATUS_BADGE[row.logStatus]}>
                    {row.logStatus}
                  </Badge>
                  <span>{row.verdict}</span>
                </p>
                <p className={styles.facts}>{facts.join(' · ')}</p>
                {findings.length > 0 && (
                  <ul className={styles.findings} aria-label="Findings" data-testid="forecast-object-findings">
                    {findings.map((f) => (
                      <li key={`${f.code}:${f.message}`} className={styles.finding}>
                        <Badge appearance="outline" color={SEVERITY_BADGE[f.severity]} size="small">
                          {f.code}
                        </Badge>
                        <span title={FINDING_INFO[f.code]?.title}>{f.message}</span>
                      </li>
                    ))}
                  </ul>
                )}
                <h3 className={styles.subheading}>Timeline</h3>
                {replay ? (
                  <div className={styles.objects} data-testid="forecast-object-timeline">
                    {replay.objects.map((object) => (
                      <ObjectTimeline
                        key={`${object.kind}:${object.sourceId}`}
                        object={object}
                        exchanges={replay.exchanges}
                        defaultOpen={object.sourceId === row.id && object.kind === row.kind}
                        showVerdict={replay.objects.length > 1}
                      />
                    ))}
                  </div>
                ) : run.status === 'error' ? (
                  <ErrorMessage error={run.error} title="Could not replay this object's cycle" onRetry={run.reload} />
                ) : (
                  <LoadingRows label="Replaying the cycle" rows={4} />
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
