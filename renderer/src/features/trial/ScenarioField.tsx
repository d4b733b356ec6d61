import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { ObjectKind, ScenarioName } from '../../../../shared/sync/types';
import { scenarioInfo, scenariosFor } from './scenarios';

/** The scenario, with one line on what it changes in Entra before the cycle. */
export function ScenarioField({ kind, value, onChange }: { kind: ObjectKind; value: ScenarioName; onChange: (name: ScenarioName) => void }) {
  const info = scenarioInfo(value);
  return (
    <Field label="Scenario" hint={info?.explain ?? null}>
      <Dropdown
        value={info?.label ?? value}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue as ScenarioName)}
        data-testid="trial-scenario"
      >
        {scenariosFor(kind).map((s) => (
          <Option key={s.name} value={s.name} text={s.label}>
            {s.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
