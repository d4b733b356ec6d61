import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { ResultError } from '../../../../shared/ipc/result';
import type { TrialRun } from '../../../../shared/sync/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingRows } from '../../components/Loading';
import { Section } from '../../components/Section';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { invoke } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';
import { EarlierRuns } from './EarlierRuns';
import { EntraStatePanel } from './EntraStatePanel';
import { RunResult } from './RunResult';
import { SetupForm } from './SetupForm';
import { INITIAL_FORM, runRequestOf, stateTargetOf, type TrialForm } from './trialForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

/** The "Trial sync" tab: Entra's cycle for one user or group against a SCIM endpoint, step by step, with every request kept. */
export function TrialTab({ tenantId, appId }: { tenantId: string; appId: string }) {
  const styles = useStyles();
  const [form, setForm] = useState<TrialForm>(INITIAL_FORM);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<ResultError | null>(null);
  const [lastRun, setLastRun] = useState<TrialRun | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const localState = useQuery('trial:state', { tenantId, appId });
  // The run just made is shown from memory; an earlier one is read back from the workspace.
  const earlier = useQuery('trial:getRun', selectedId && selectedId !== lastRun?.id ? { runId: selectedId } : null);
  const shown = selectedId === null ? null : selectedId === lastRun?.id ? lastRun : (earlier.data ?? null);

  const change = useCallback((patch: Partial<TrialForm>) => setForm((current) => ({ ...current, ...patch })), []);

  const run = async (confirmHost?: string) => {
    setRunning(true);
    setRunError(null);
    setAnnouncement('Running…');
    const result = await invoke('trial:run', runRequestOf(form, tenantId, appId, confirmHost));
    setRunning(false);
    if (result.ok) {
      setLastRun(result.value);
      setSelectedId(result.value.id);
      setAnnouncement(`Run finished: ${result.value.verdict}`);
    } else {
      setRunError(result.error);
      setAnnouncement(`The trial did not run: ${result.error.message}`);
    }
    setRefreshKey((key) => key + 1);
  };

  return (
    <div className={styles.root} data-testid="trial-tab">
      <p className={styles.intro}>
        Runs Entra's provisioning cycle for one user or group against a SCIM endpoint, as provision on demand does, and keeps every request and
        answer. Entra's state carries over from run to run, so scenarios can follow each other.
      </p>
      <Section title="Set up a trial">
        <SetupForm
          tenantId={tenantId}
          appId={appId}
          form={form}
          profileId={localState.data?.profileId ?? null}
          running={running}
          error={runError}
          onChange={change}
          onRun={(confirmHost) => void run(confirmHost)}
        />
      </Section>
      {selectedId && (
        <Section title={shown && shown.id !== lastRun?.id ? 'Earlier run' : 'Result'} testId="trial-result-section">
          {shown ? (
            <RunResult run={shown} tenantId={tenantId} />
          ) : earlier.status === 'error' ? (
            <ErrorMessage error={earlier.error} title="Could not read this run" onRetry={earlier.reload} />
          ) : (
            <LoadingRows label="Loading the run" rows={4} />
          )}
        </Section>
      )}
      <EarlierRuns
        tenantId={tenantId}
        appId={appId}
        selectedId={selectedId}
        refreshKey={refreshKey}
        onSelect={setSelectedId}
        onCleared={() => {
          setSelectedId(null);
          setLastRun(null);
        }}
      />
      <EntraStatePanel tenantId={tenantId} appId={appId} target={stateTargetOf(form)} refreshKey={refreshKey} onReset={() => setRefreshKey((key) => key + 1)} />
      <div aria-live="polite">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
    </div>
  );
}
