import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ForecastTarget } from '../../../../shared/ipc/contracts/forecast';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ForecastProgress } from './ForecastProgress';
import { ForecastTargetFields, type TargetFormState } from './ForecastTargetFields';
import { urlProblem } from './targetUrl';
import type { ForecastProgressState } from './useForecastRun';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

function targetOf(form: TargetFormState): ForecastTarget {
  if (form.choice === 'local') return { kind: 'local' };
  if (form.choice === 'url') return { kind: 'url', baseUrl: form.baseUrl.trim(), token: form.token };
  return { kind: 'empty' };
}

/** The target choice, Run, and while running its progress and Cancel. The token is dropped once the run has been sent. */
export function ForecastSetup({ progress, error, onRun, onCancel }: { progress: ForecastProgressState | null; error: ResultError | null; onRun: (target: ForecastTarget) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [form, setForm] = useState<TargetFormState>({ choice: 'empty', baseUrl: '', token: '' });
  const running = progress !== null;
  const urlError = form.choice === 'url' ? urlProblem(form.baseUrl) : null;
  const problem = form.choice !== 'url' ? null : (urlError ?? (form.token.trim() ? null : 'Enter the secret token the SCIM service expects.'));

  const submit = () => {
    if (running || problem) return;
    onRun(targetOf(form));
    // The token goes to the core for this run only: it is not kept in the form, nor shown again.
    if (form.choice === 'url') setForm((f) => ({ ...f, token: '' }));
  };

  return (
    <form
      className={styles.form}
      aria-label="Forecast the first cycle"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ForecastTargetFields form={form} urlError={urlError} disabled={running} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<PlayRegular />} disabled={running || problem !== null} data-testid="forecast-run">
          {running ? 'Forecasting…' : 'Run forecast'}
        </Button>
      </div>
      {progress && <ForecastProgress progress={progress} onCancel={onCancel} />}
      {error && <ErrorMessage error={error} title="The forecast did not run" />}
    </form>
  );
}
