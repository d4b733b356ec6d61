import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AttributeEdits } from './AttributeEdits';
import { ConfirmHostDialog } from './ConfirmHostDialog';
import { GroupMemberPicker } from './GroupMemberPicker';
import { ScenarioChoiceField } from './ScenarioChoiceField';
import { ScenarioField } from './ScenarioField';
import { scenariosFor } from './scenarios';
import { SubjectSearch } from './SubjectSearch';
import { TargetFields } from './TargetFields';
import { formProblem, hostOf, needsHostConfirmation, type TrialForm } from './trialForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  problem: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** Who, what and where: the run's setup. The tab owns the values, so a failed run keeps them. */
export function SetupForm({
  tenantId,
  appId,
  form,
  profileId,
  running,
  error,
  onChange,
  onRun,
}: {
  tenantId: string;
  appId: string;
  form: TrialForm;
  profileId: string | null;
  running: boolean;
  error: ResultError | null;
  onChange: (patch: Partial<TrialForm>) => void;
  onRun: (confirmHost?: string) => void;
}) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  // The confirm-host dialog has no trigger of its own: focus goes back to Run when it closes.
  const runButton = useRef<HTMLButtonElement>(null);
  const refocusRun = () => requestAnimationFrame(() => runButton.current?.focus());
  const problem = formProblem(form);
  const host = hostOf(form.baseUrl);
  const subject = form.subject;

  const run = () => {
    if (problem || running) return;
    if (needsHostConfirmation(form)) setConfirming(true);
    else onRun();
  };

  return (
    <div className={styles.root} data-testid="trial-setup">
      <div className={styles.columns}>
        <div className={styles.column}>
          <SubjectSearch
            tenantId={tenantId}
            appId={appId}
            value={subject}
            onPick={(picked) => {
              const scenario = scenariosFor(picked.kind).some((s) => s.name === form.scenario) ? form.scenario : 'first';
              onChange({ subject: picked, memberIds: [], edits: [], scenario, choice: '' });
            }}
          />
          {subject?.kind === 'Group' && (
            <GroupMemberPicker tenantId={tenantId} appId={appId} groupId={subject.id} selected={form.memberIds} onChange={(memberIds) => onChange({ memberIds })} />
          )}
        </div>
        <div className={styles.column}>
          <ScenarioField kind={subject?.kind ?? 'User'} value={form.scenario} onChange={(scenario) => onChange({ scenario, choice: '' })} />
          {subject && (
            <ScenarioChoiceField tenantId={tenantId} appId={appId} kind={subject.kind} subjectId={subject.id} scenario={form.scenario} value={form.choice} onChange={(choice) => onChange({ choice })} />
          )}
          {form.scenario === 'change' && subject && (
            <AttributeEdits tenantId={tenantId} appId={appId} kind={subject.kind} objectId={subject.id} edits={form.edits} onChange={(edits) => onChange({ edits })} />
          )}
        </div>
      </div>
      <TargetFields form={form} profileId={profileId} onChange={onChange} />
      <div className={styles.actions}>
        <Button ref={runButton as never} appearance="primary" icon={running ? <Spinner size="tiny" /> : <PlayRegular />} disabledFocusable={!!problem || running} onClick={run} data-testid="trial-run">
          {running ? 'Running…' : form.dryRun ? 'Run (dry run)' : 'Run'}
        </Button>
        {problem && <p className={styles.problem}>{problem}</p>}
      </div>
      {error && <ErrorMessage error={error} title="The trial did not run" />}
      {host && (
        <ConfirmHostDialog
          host={host}
          open={confirming}
          onCancel={() => {
            setConfirming(false);
            refocusRun();
          }}
          onConfirm={(typed) => {
            setConfirming(false);
            onRun(typed);
          }}
        />
      )}
    </div>
  );
}
