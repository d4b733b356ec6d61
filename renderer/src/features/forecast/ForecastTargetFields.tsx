import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';

export type TargetChoice = 'empty' | 'local' | 'url';

export interface TargetFormState {
  choice: TargetChoice;
  baseUrl: string;
  token: string;
}

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const HINT: Readonly<Record<TargetChoice, string>> = {
  empty: 'As for a brand-new app: nothing exists yet, so every object in scope is created. Runs in memory, nothing is sent anywhere.',
  local: "The app's local SCIM endpoint as it is now (what trial sync runs have left there). GETs only.",
  url: 'The real Tenant URL, queried with GETs only: nothing is created, changed or deleted. The token is used for this run and not kept.',
};

/** What the forecast runs against: an empty target (default), the app's local endpoint, or a URL + token (GETs only). */
export function ForecastTargetFields({ form, urlError, disabled, onChange }: { form: TargetFormState; urlError: string | null; disabled: boolean; onChange: (patch: Partial<TargetFormState>) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label="Forecast against" hint={HINT[form.choice]}>
        <RadioGroup value={form.choice} onChange={(_, data) => onChange({ choice: data.value as TargetChoice })} disabled={disabled} data-testid="forecast-target">
          <Radio value="empty" label="An empty target (a first rollout)" />
          <Radio value="local" label="The app's local SCIM endpoint" />
          <Radio value="url" label="A SCIM URL + token (GETs only)" />
        </RadioGroup>
      </Field>
      {form.choice === 'url' && (
        <div className={styles.column}>
          <Field label="Tenant URL" required {...(form.baseUrl && urlError ? { validationMessage: urlError } : {})}>
            <Input type="url" placeholder="https://example.com/scim/v2" value={form.baseUrl} onChange={(_, data) => onChange({ baseUrl: data.value })} disabled={disabled} data-testid="forecast-url" />
          </Field>
          <Field label="Secret token" required hint="Used for this forecast only; never stored or shown again.">
            <Input type="password" value={form.token} onChange={(_, data) => onChange({ token: data.value })} disabled={disabled} autoComplete="off" data-testid="forecast-token" />
          </Field>
        </div>
      )}
    </div>
  );
}
