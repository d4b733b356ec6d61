import { Dropdown, Field, Input, Option, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Dialect } from '../../../../shared/sync/types';
import type { TrialForm } from './trialForm';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const DIALECT_LABELS: Readonly<Record<Dialect, string>> = {
  default: 'Default',
  aadOptscim062020: 'aadOptscim062020',
};

const DIALECT_HINTS: Readonly<Record<Dialect, string>> = {
  default: 'Entra\'s default PATCH: capitalised ops ("Replace"), booleans sent as "True"/"False".',
  aadOptscim062020: 'What the Tenant URL flag ?aadOptscim062020 selects: lower-case ops, JSON booleans, one member per remove.',
};

type TargetPatch = Partial<Pick<TrialForm, 'target' | 'baseUrl' | 'token' | 'dryRun' | 'dialect'>>;

/** Where the run goes (the app's local endpoint by default), dry run and PATCH dialect. */
export function TargetFields({ form, profileId, onChange }: { form: TrialForm; profileId: string | null; onChange: (patch: TargetPatch) => void }) {
  const styles = useStyles();
  const localName = `Local SCIM endpoint (${profileId ?? 'this app'})`;
  return (
    <div className={styles.root}>
      <div className={styles.column}>
        <Field label="Target">
          <RadioGroup value={form.target} onChange={(_, data) => onChange({ target: data.value as TrialForm['target'] })} data-testid="trial-target">
            <Radio value="local" label={localName} />
            <Radio value="url" label="SCIM URL + token" />
          </RadioGroup>
        </Field>
        {form.target === 'url' && (
          <>
            <Field label="Tenant URL" required hint="Writes go to this service once you confirm its host.">
              <Input type="url" placeholder="https://example.com/scim/v2" value={form.baseUrl} onChange={(_, data) => onChange({ baseUrl: data.value })} data-testid="trial-url" />
            </Field>
            <Field label="Secret token" required>
              <Input type="password" value={form.token} onChange={(_, data) => onChange({ token: data.value })} data-testid="trial-token" autoComplete="off" />
            </Field>
          </>
        )}
      </div>
      <div className={styles.column}>
        <Field hint="A dry run sends only the GETs; writes are shown as they would be sent.">
          <Switch label="Dry run (GETs only)" checked={form.dryRun} onChange={(_, data) => onChange({ dryRun: data.checked })} data-testid="trial-dry-run" />
        </Field>
        <Field label="PATCH dialect" hint={DIALECT_HINTS[form.dialect]}>
          <Dropdown
            value={DIALECT_LABELS[form.dialect]}
            selectedOptions={[form.dialect]}
            onOptionSelect={(_, data) => data.optionValue && onChange({ dialect: data.optionValue as Dialect })}
            data-testid="trial-dialect"
          >
            {(Object.keys(DIALECT_LABELS) as Dialect[]).map((d) => (
              <Option key={d} value={d}>
                {DIALECT_LABELS[d]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
    </div>
  );
}
