import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { OnDemandRunView } from '../../../../shared/ipc/contracts/onDemand';
import type { TrialSubjectOption } from '../../../../shared/ipc/contracts/trial';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingSpinner } from '../../components/Loading';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { invoke } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';
import { GroupMemberPicker } from '../trial/GroupMemberPicker';
import { SubjectSearch } from '../trial/SubjectSearch';
import { OnDemandConfirmDialog } from './OnDemandConfirmDialog';
import { OnDemandHistory } from './OnDemandHistory';
import { OnDemandResult } from './OnDemandResult';
import { urlProblem } from './targetUrl';
import { WriteAccessPrompt } from './WriteAccessPrompt';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`, alignItems: 'start' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '90ch' },
});

/**
 * Predicted vs actual: pick a user (or a group with up to five members), confirm, and the core saves
 * our prediction, asks Entra's provisionOnDemand for the same subject and compares both step by step.
 */
export function OnDemandSection({ tenantId, appId }: { tenantId: string; appId: string }) {
  const styles = useStyles();
  const check = useQuery('onDemand:check', { tenantId, appId });
  const overview = useQuery('apps:overview', { tenantId, appId });
  const history = useQuery('onDemand:runs', { tenantId, appId, limit: 10 });
  const [subject, setSubject] = useState<TrialSubjectOption | null>(null);
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [targetKind, setTargetKind] = useState<'empty' | 'url'>('empty');
  const [baseUrl, setBaseUrl] = useState('');
  const [token, setToken] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [view, setView] = useState<OnDemandRunView | null>(null);
  const [error, setError] = useState<ResultError | null>(null);
  const appName = overview.data?.displayName ?? 'this app';
  const targetProblem = targetKind === 'url' ? (urlProblem(baseUrl) ?? (token.trim() ? null : 'Enter the secret token of the app\'s SCIM service.')) : null;

  const call = async () => {
    if (!subject) return;
    setConfirming(false);
    setRunning(true);
    setError(null);
    const target = targetKind === 'url' ? { kind: 'url' as const, baseUrl: baseUrl.trim(), token } : { kind: 'empty' as const };
    if (targetKind === 'url') setToken('');
    const result = await invoke('onDemand:run', {
      tenantId,
      appId,
      subject: subject.kind === 'User' ? { kind: 'User', id: subject.id } : { kind: 'Group', id: subject.id, memberIds },
      target,
      confirmed: true,
    });
    setRunning(false);
    history.reload();
    if (result.ok) setView(result.value);
    else setError(result.error);
  };

  const open = async (runId: string) => {
    setError(null);
    const result = await invoke('onDemand:get', { runId });
    if (result.ok) setView(result.value);
    else setError(result.error);
  };

  return (
    <Section title="Predicted vs actual (provision on demand)" testId="on-demand-section">
      <p className={styles.intro}>
        Checks this app's prediction against Entra itself: our prediction for one user, or a group with up to five members, is saved first; then Entra's provision on demand
        runs for the same subject in your tenant and both are compared step by step (Import, Scope, Match, Action), in the default PATCH dialect, which is the one on demand uses.
      </p>
      <QueryView query={check} loadingLabel="Checking whether provision on demand can run">
        {(state) => {
          const ready = !state.blocked && state.signedIn && state.writeAccess;
          return (
            <>
              {state.blocked && (
                <MessageBar intent="info" layout="multiline" data-testid="on-demand-blocked">
                  <MessageBarBody>{state.blocked}</MessageBarBody>
                </MessageBar>
              )}
              {!state.blocked && !ready && <WriteAccessPrompt check={state} />}
              {state.warnings.map((warning) => (
                <MessageBar key={warning} intent="warning" layout="multiline">
                  <MessageBarBody>{warning}</MessageBarBody>
                </MessageBar>
              ))}
              <form
                className={styles.form}
                aria-label="Provision on demand"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (ready && subject && !targetProblem && !running) setConfirming(true);
                }}
              >
                <div className={styles.fields}>
                  <SubjectSearch
                    tenantId={tenantId}
                    appId={appId}
                    value={subject}
                    onPick={(picked) => {
                      setSubject(picked);
                      setMemberIds([]);
                    }}
                    testId="on-demand-subject-search"
                    optionsTestId="on-demand-subject-options"
                  />
                  <Field label="Predict against">
                    <RadioGroup value={targetKind} onChange={(_, d) => setTargetKind(d.value === 'url' ? 'url' : 'empty')}>
                      <Radio value="empty" label="An empty target (the user is not in the app yet)" />
                      <Radio value="url" label="The app's Tenant URL, read with GETs only (its current state)" />
                    </RadioGroup>
                  </Field>
                </div>
                {subject?.kind === 'Group' && <GroupMemberPicker tenantId={tenantId} appId={appId} groupId={subject.id} selected={memberIds} onChange={setMemberIds} />}
                {targetKind === 'url' && (
                  <div className={styles.fields}>
                    <Field label="Tenant URL" required {...(baseUrl && urlProblem(baseUrl) ? { validationMessage: urlProblem(baseUrl) } : {})}>
                      <Input type="url" value={baseUrl} onChange={(_, d) => setBaseUrl(d.value)} placeholder="https://example.com/scim/v2" />
                    </Field>
                    <Field label="Secret token" required hint="Used for the prediction's GETs only; never stored.">
                      <Input type="password" value={token} onChange={(_, d) => setToken(d.value)} autoComplete="off" />
                    </Field>
                  </div>
                )}
                <div className={styles.actions}>
                  <Button type="submit" appearance="primary" icon={<ArrowSyncRegular />} disabled={!ready || !subject || !!targetProblem || running} data-testid="on-demand-run">
                    Compare with provision on demand…
                  </Button>
                  {running && <LoadingSpinner label="Saving our prediction, then waiting for Entra (usually under 30 s; at most 5 calls per 10 s)" />}
                </div>
              </form>
              <OnDemandConfirmDialog
                open={confirming}
                appName={appName}
                subject={subject?.displayName ?? ''}
                warnings={state.warnings}
                onCancel={() => setConfirming(false)}
                onConfirm={() => void call()}
              />
            </>
          );
        }}
      </QueryView>
      {error && <ErrorMessage error={error} title="Provision on demand did not run" />}
      {view && !running && <OnDemandResult key={view.id} view={view} />}
      {history.data && <OnDemandHistory runs={history.data} currentId={view?.id ?? null} onOpen={(id) => void open(id)} />}
    </Section>
  );
}
