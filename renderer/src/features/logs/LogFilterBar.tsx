import { Button, Dropdown, Field, Input, Option, Popover, PopoverSurface, PopoverTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, FilterRegular, SearchRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { PROVISIONING_ACTIONS, PROVISIONING_RESULTS } from '../../../../shared/graph/provisioning-log';
import { DATE_PRESET_LABELS, DATE_PRESETS, type DatePreset, type LogFilter } from '../../../../shared/logs/log-filter';
import { useQuery } from '../../lib/useQuery';
import { titleCase } from './logColumns';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  search: { minWidth: '260px', flexGrow: 1, maxWidth: '420px' },
  dropdown: { minWidth: '150px' },
  more: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM, width: '520px' },
  customRange: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const STATUS_CHOICES = PROVISIONING_RESULTS.filter((s) => s !== 'unknownFutureValue');
const ACTION_CHOICES = PROVISIONING_ACTIONS.filter((a) => a !== 'unknownFutureValue');

/** Free-text inputs apply shortly after typing stops, so each key press does not re-query. */
function useDebounced(value: string, apply: (value: string) => void, ms = 250) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // A value changed from outside (Clear filters, a chart click) replaces what was typed.
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => apply(text), ms);
    return () => clearTimeout(timer);
  }, [text, value, apply, ms]);
  return [text, setText] as const;
}

const MORE_FIELDS: ReadonlyArray<[keyof LogFilter, string]> = [
  ['identity', 'Identity (name or ID)'],
  ['sourceSystem', 'Source system'],
  ['targetSystem', 'Target system'],
  ['jobId', 'Job ID'],
  ['cycleId', 'Cycle ID'],
  ['changeId', 'Change ID'],
  ['errorCode', 'Error code'],
  ['initiatedBy', 'Initiated by'],
];

export interface LogFilterBarProps {
  filter: LogFilter;
  preset: DatePreset | 'custom';
  onPreset(preset: DatePreset | 'custom'): void;
  onChange(patch: Partial<LogFilter>): void;
  onClear(): void;
}

/** The viewer's filters: search, date presets, status, action, app and the portal's extra filters. */
export function LogFilterBar({ filter, preset, onPreset, onChange, onClear }: LogFilterBarProps) {
  const styles = useStyles();
  const apps = useQuery('logs:apps', {});
  const [text, setText] = useDebounced(filter.text ?? '', (value) => onChange({ text: value.trim() || undefined }));
  const moreCount = MORE_FIELDS.filter(([key]) => filter[key]).length + (filter.origin ? 1 : 0);
  return (
    <div className={styles.bar} role="search" aria-label="Filter provisioning logs">
      <Field label="Search" className={styles.search}>
        <Input
          contentBefore={<SearchRegular />}
          placeholder="Name, ID, error code, reason, step text…"
          value={text}
          onChange={(_, data) => setText(data.value)}
          data-testid="log-search"
        />
      </Field>
      <Field label="Date">
        <Dropdown
          className={styles.dropdown}
          value={preset === 'custom' ? 'Custom' : DATE_PRESET_LABELS[preset]}
          selectedOptions={[preset]}
          onOptionSelect={(_, data) => onPreset(data.optionValue as DatePreset | 'custom')}
          data-testid="log-date"
        >
          {DATE_PRESETS.map((p) => (
            <Option key={p} value={p}>
              {DATE_PRESET_LABELS[p]}
            </Option>
          ))}
          <Option value="custom">Custom</Option>
        </Dropdown>
      </Field>
      {preset === 'custom' && (
        <div className={styles.customRange}>
          <Field label="From (UTC)">
            <Input type="datetime-local" value={toLocalInput(filter.since)} onChange={(_, d) => onChange({ since: fromLocalInput(d.value) })} />
          </Field>
          <Field label="To (UTC)">
            <Input type="datetime-local" value={toLocalInput(filter.until)} onChange={(_, d) => onChange({ until: fromLocalInput(d.value) })} />
          </Field>
        </div>
      )}
      <Field label="Status">
        <Dropdown
          className={styles.dropdown}
          multiselect
          placeholder="All"
          value={(filter.status ?? []).map(titleCase).join(', ')}
          selectedOptions={filter.status ?? []}
          onOptionSelect={(_, data) => onChange({ status: data.selectedOptions.length ? (data.selectedOptions as LogFilter['status']) : undefined })}
          data-testid="log-status"
        >
          {STATUS_CHOICES.map((s) => (
            <Option key={s} value={s}>
              {titleCase(s)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Action">
        <Dropdown
          className={styles.dropdown}
          multiselect
          placeholder="All"
          value={(filter.action ?? []).map(titleCase).join(', ')}
          selectedOptions={filter.action ?? []}
          onOptionSelect={(_, data) => onChange({ action: data.selectedOptions.length ? (data.selectedOptions as LogFilter['action']) : undefined })}
        >
          {ACTION_CHOICES.map((a) => (
            <Option key={a} value={a}>
              {a === 'stageddelete' ? 'Staged delete' : titleCase(a)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Application">
        <Dropdown
          className={styles.dropdown}
          placeholder="All"
          value={filter.app ? (apps.data?.find((a) => a.id === filter.app)?.name ?? filter.app) : ''}
          selectedOptions={filter.app ? [filter.app] : []}
          onOptionSelect={(_, data) => onChange({ app: data.optionValue === '' ? undefined : data.optionValue })}
          data-testid="log-app"
        >
          <Option value="">All</Option>
          {(apps.data ?? []).map((a) => (
            <Option key={a.id} value={a.id} text={a.name ?? a.id}>
              {`${a.name ?? a.id} (${a.count.toLocaleString()})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Popover trapFocus positioning="below-end">
        <PopoverTrigger disableButtonEnhancement>
          <Button icon={<FilterRegular />}>{moreCount > 0 ? `More filters (${moreCount})` : 'More filters'}</Button>
        </PopoverTrigger>
        <PopoverSurface aria-label="More filters">
          <div className={styles.more}>
            {MORE_FIELDS.map(([key, label]) => (
              <MoreField key={key} label={label} value={(filter[key] as string | undefined) ?? ''} onApply={(value) => onChange({ [key]: value || undefined })} />
            ))}
            <Field label="Trial vs real">
              <Dropdown
                value={filter.origin === 'trial' ? 'Trial sync only' : filter.origin === 'real' ? 'Real only' : 'Both'}
                selectedOptions={[filter.origin ?? '']}
                onOptionSelect={(_, d) => onChange({ origin: (d.optionValue || undefined) as LogFilter['origin'] })}
              >
                <Option value="">Both</Option>
                <Option value="real">Real only</Option>
                <Option value="trial">Trial sync only</Option>
              </Dropdown>
            </Field>
          </div>
        </PopoverSurface>
      </Popover>
      <Button appearance="subtle" icon={<DismissRegular />} onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}

function MoreField({ label, value, onApply }: { label: string; value: string; onApply(value: string): void }) {
  const [text, setText] = useDebounced(value, (v) => onApply(v.trim()), 400);
  return (
    <Field label={label}>
      <Input value={text} onChange={(_, d) => setText(d.value)} />
    </Field>
  );
}

const toLocalInput = (iso: string | undefined) => (iso ? iso.slice(0, 16) : '');
const fromLocalInput = (value: string) => (value ? new Date(value + ':00Z').toISOString() : undefined);
