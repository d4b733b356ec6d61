import { Dropdown, Field, Option, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useQuery } from '../../lib/useQuery';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-start' },
  editor: { minWidth: '360px', flex: '1 1 420px' },
  textarea: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export type Dialect = 'default' | 'aadOptscim062020';

export interface UpdateAgainst {
  dialect: Dialect;
  targetObject?: Record<string, unknown>;
  targetId?: string;
}

function parseObject(text: string): Record<string, unknown> | string {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : 'The target object must be a JSON object ({ … }).';
  } catch (error) {
    return `Not valid JSON: ${(error as Error).message}`;
  }
}

/**
 * What an Update preview compares with: the object the app's local endpoint holds for this user (put
 * there by a trial sync), or an edited copy; and the PATCH dialect.
 */
export function UpdateTarget({ tenantId, appId, kind, objectId, onChange }: { tenantId: string; appId: string; kind: 'User' | 'Group'; objectId: string; onChange: (against: UpdateAgainst) => void }) {
  const styles = useStyles();
  const local = useQuery('trial:targetObject', { tenantId, appId, kind, objectId });
  const [mode, setMode] = useState<'local' | 'edited'>('local');
  const [dialect, setDialect] = useState<Dialect>('default');
  const [text, setText] = useState('{}');
  const localObject = local.data?.object ?? null;
  const parsed = parseObject(text);

  useEffect(() => {
    if (mode === 'local') onChange({ dialect, ...(localObject ? { targetObject: localObject, ...(local.data?.targetId ? { targetId: local.data.targetId } : {}) } : {}) });
    else if (typeof parsed !== 'string') onChange({ dialect, targetObject: parsed });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `parsed` follows `text`
  }, [mode, dialect, text, localObject]);

  return (
    <div className={styles.row} data-testid="update-target">
      <Field label="Compare with" hint={localObject ? `${kind} ${local.data?.targetId} in the app's local SCIM endpoint` : 'Not in the local endpoint yet: run a trial sync first, or edit a copy.'}>
        <RadioGroup
          value={mode}
          onChange={(_, data) => {
            // An edited copy starts from the object as the endpoint holds it.
            if (data.value === 'edited' && mode !== 'edited') setText(JSON.stringify(localObject ?? {}, null, 2));
            setMode(data.value as 'local' | 'edited');
          }}
        >
          <Radio value="local" label={localObject ? 'The object in the local endpoint' : 'An empty object (nothing provisioned yet)'} />
          <Radio value="edited" label="An edited copy" />
        </RadioGroup>
      </Field>
      <Field label="PATCH dialect" hint="aadOptscim062020 is the Tenant URL flag that changes Entra's PATCH shapes">
        <Dropdown value={dialect} selectedOptions={[dialect]} onOptionSelect={(_, data) => data.optionValue && setDialect(data.optionValue as Dialect)} data-testid="dialect-picker">
          <Option value="default">default</Option>
          <Option value="aadOptscim062020">aadOptscim062020</Option>
        </Dropdown>
      </Field>
      {mode === 'edited' && (
        <Field label="Target object (JSON)" className={styles.editor} validationState={typeof parsed === 'string' ? 'error' : 'none'} {...(typeof parsed === 'string' ? { validationMessage: parsed } : {})}>
          <Textarea className={styles.textarea} value={text} rows={10} resize="vertical" onChange={(_, data) => setText(data.value)} data-testid="target-object-editor" />
        </Field>
      )}
    </div>
  );
}
