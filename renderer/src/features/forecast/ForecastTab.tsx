import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LoadingRows } from '../../components/Loading';
import { Section } from '../../components/Section';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { ForecastResults } from './ForecastResults';
import { ForecastSetup } from './ForecastSetup';
import { OnDemandSection } from './OnDemandSection';
import { ProbeSection } from './ProbeSection';
import { useForecastRun } from './useForecastRun';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '90ch' },
});

/** The "Before rollout" tab: the first cycle forecast for every object in scope, and Test Connection with the compatibility probe. */
export function ForecastTab({ tenantId, appId }: { tenantId: string; appId: string }) {
  const styles = useStyles();
  const forecast = useForecastRun(tenantId, appId);
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className={styles.root} data-testid="forecast-tab">
      <p className={styles.intro}>
        What the first provisioning cycle would do to every user and group in scope — created, updated, skipped or failed, and why — before a single real write. Then
        whether the vendor's endpoint passes Entra's Test Connection.
      </p>
      <Section title="Forecast the first cycle">
        <ForecastSetup
          progress={forecast.progress}
          error={forecast.error}
          onCancel={forecast.cancel}
          onRun={(target) => {
            setAnnouncement('Forecasting the first cycle…');
            void forecast.run(target).then((s) => {
              setAnnouncement(s ? `Forecast ready: ${s.totals.objects} objects, ${s.totals.byLogStatus.Failure} would fail.` : 'The forecast did not run.');
            });
          }}
        />
      </Section>
      {forecast.summary ? <ForecastResults key={forecast.summary.id} summary={forecast.summary} /> : forecast.loadingLatest ? <LoadingRows label="Loading the latest forecast" rows={3} /> : null}
      <ProbeSection tenantId={tenantId} appId={appId} />
      <OnDemandSection tenantId={tenantId} appId={appId} />
      <div aria-live="polite">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
    </div>
  );
}
