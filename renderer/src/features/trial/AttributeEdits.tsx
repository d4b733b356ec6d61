import { Button, Checkbox, Dropdown, Field, Input, Option, OptionGroup, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import type { ObjectKind } from '../../../../shared/sync/types';
import { QueryView } from '../../components/QueryView';
import { useQuery } from '../../lib/useQuery';
import { displayValue } from './displayValue';
import type { AttributeEdit } from './trialForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  edit: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  picker: { minWidth: 0 },
  current: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', margin: 0 },
  add: { alignSelf: 'flex-start' },
});

let nextKey = 1;

/** The `change` scenario's edits: a source attribute (mapped ones first), its current value, and the new value or a clear. */
export function AttributeEdits({
  tenantId,
  appId,
  kind,
  objectId,
  edits,
  onChange,
}: {
  tenantId: string;
  appId: string;
  kind: ObjectKind;
  objectId: string;
  edits: readonly AttributeEdit[];
  onChange: (edits: AttributeEdit[]) => void;
}) {
  const styles = useStyles();
  const source = useQuery('trial:source', { tenantId, appId, kind, objectId });
  const update = (key: number, patch: Partial<AttributeEdit>) => onChange(edits.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  const add = () => onChange([...edits, { key: nextKey++, attribute: '', value: '', clear: false }]);
  return (
    <QueryView query={source} loadingLabel="Loading the source attributes" errorTitle="Could not read the source attributes">
      {({ attributes, mappedAttributes }) => {
        const mapped = mappedAttributes.filter((name) => name !== 'objectId');
        const others = Object.keys(attributes).filter((name) => !mapped.includes(name)).sort((a, b) => a.localeCompare(b));
        return (
          <fieldset className={styles.root} data-testid="trial-edits">
            <legend className={styles.legend}>Attribute edits (this run only)</legend>
            {edits.map((edit, index) => (
              <div key={edit.key} className={styles.edit} data-testid="trial-edit">
                <Field label={`Source attribute ${index + 1}`} className={styles.picker}>
                  <Dropdown
                    placeholder="Choose an attribute"
                    value={edit.attribute}
                    selectedOptions={edit.attribute ? [edit.attribute] : []}
                    onOptionSelect={(_, data) => data.optionValue && update(edit.key, { attribute: data.optionValue })}
                    data-testid="trial-edit-attribute"
                  >
                    <OptionGroup label="Used by the mappings">
                      {mapped.map((name) => (
                        <Option key={name} value={name}>
                          {name}
                        </Option>
                      ))}
                    </OptionGroup>
                    <OptionGroup label="Other attributes">
                      {others.map((name) => (
                        <Option key={name} value={name}>
                          {name}
                        </Option>
                      ))}
                    </OptionGroup>
                  </Dropdown>
                </Field>
                <Field label="New value">
                  <Input value={edit.value} disabled={edit.clear} onChange={(_, data) => update(edit.key, { value: data.value })} data-testid="trial-edit-value" />
                </Field>
                <Checkbox label="Clear it" checked={edit.clear} onChange={(_, data) => update(edit.key, { clear: data.checked === true })} />
                <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove edit ${index + 1}`} onClick={() => onChange(edits.filter((e) => e.key !== edit.key))} />
                {edit.attribute && (
                  <p className={styles.current}>
                    Now: <span data-testid="trial-edit-current">{displayValue(attributes[edit.attribute])}</span>
                  </p>
                )}
              </div>
            ))}
            <Button className={styles.add} icon={<AddRegular />} onClick={add} data-testid="trial-edit-add">
              Add an attribute edit
            </Button>
          </fieldset>
        );
      }}
    </QueryView>
  );
}
