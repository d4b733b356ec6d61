import {
  Badge,
  Button,
  Field,
  Link,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import type { AttributeOutcomeDto, AuditPreview, PopulationMemberDto } from '../../../../shared/ipc/contracts/audit';
import { formatValue, STATUS_LABEL } from './formatValue';
import { PlanView } from './PlanView';
import { SubjectSearch } from '../trial/SubjectSearch';

const useStyles = makeStyles({
  controls: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-end' },
  picker: { minWidth: '320px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', textAlign: 'left' },
  nameCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  selectedRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
  trace: { listStyle: 'none', margin: 0, padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  traceValue: { color: tokens.colorPaletteGreenForeground2 },
  traceError: { color: tokens.colorPaletteRedForeground1 },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: tokens.spacingHorizontalL, '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  subheading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const STATUS_COLOR: Record<string, 'success' | 'informative' | 'subtle' | 'warning' | 'danger'> = {
  value: 'success',
  default: 'informative',
  'skipped-null': 'subtle',
  'ignored-flow': 'subtle',
  'add-only': 'subtle',
  error: 'danger',
};

/**
 * The preview's user or group: a type-ahead over the app's population by name, UPN, mail or id, asked of
 * the core per pause (the trial tab's SubjectSearch), so it renders a page of matches even for 100,000 users.
 */
export function ObjectPicker({ tenantId, appId, selected, onChange }: { tenantId: string; appId: string; selected: PopulationMemberDto | null; onChange: (member: PopulationMemberDto) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.picker}>
      <SubjectSearch tenantId={tenantId} appId={appId} value={selected} onPick={onChange} testId="object-picker" optionsTestId="object-picker-options" />
    </div>
  );
}

export function OperationPicker({ operation, onChange }: { operation: 'create' | 'update'; onChange: (op: 'create' | 'update') => void }) {
  return (
    <Field label="Operation">
      <RadioGroup layout="horizontal" value={operation} onChange={(_, data) => onChange(data.value as 'create' | 'update')}>
        <Radio value="create" label="Create" />
        <Radio value="update" label="Update" />
      </RadioGroup>
    </Field>
  );
}

function TraceList({ outcome }: { outcome: AttributeOutcomeDto }) {
  const styles = useStyles();
  const text = outcome.expression ?? '';
  const steps = (outcome.trace ?? []).filter((t) => t.end - t.start > 0);
  if (steps.length === 0) return <p className={styles.muted}>No sub-expressions were evaluated.</p>;
  return (
    <ol className={styles.trace} aria-label={`How ${outcome.targetAttributeName} was computed`} data-testid="trace">
      {steps.map((step, i) => (
        <li key={i}>
          <span className={styles.mono}>{text.slice(step.start, step.end)}</span> →{' '}
          {step.error ? (
            <span className={`${styles.mono} ${styles.traceError}`}>error: {step.error}</span>
          ) : step.ignoreFlow ? (
            <span className={styles.muted}>left out</span>
          ) : (
            <span className={`${styles.mono} ${styles.traceValue}`}>{formatValue(step.value)}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Every target attribute's value for the chosen object, with the sub-expressions that produced it, and the request the engine would send. */
export function ObjectPreview({ preview, selectedIndex, onSelectMapping }: { preview: AuditPreview; selectedIndex: number | null; onSelectMapping: (index: number) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<Set<number>>(() => new Set());
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return (
    <div className={styles.columns}>
      <div>
        <h4 className={styles.subheading}>Target attributes for {preview.displayName}</h4>
        <Table size="small" aria-label={`Target attribute values for ${preview.displayName}`} data-testid="preview-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '36%' }}>Target attribute</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell style={{ width: '150px' }}>Result</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.attributes.map((outcome) => (
              <Fragment key={outcome.index}>
                <TableRow className={selectedIndex === outcome.index ? styles.selectedRow : undefined} data-testid="preview-row" data-target={outcome.targetAttributeName}>
                  <TableCell>
                    <span className={styles.nameCell}>
                      <Button
                        size="small"
                        appearance="transparent"
                        icon={open.has(outcome.index) ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                        aria-expanded={open.has(outcome.index)}
                        aria-label={`Show how ${outcome.targetAttributeName} was computed`}
                        onClick={() => toggle(outcome.index)}
                      />
                      <Link as="button" className={styles.mono} onClick={() => onSelectMapping(outcome.index)} title="Open in the expression editor">
                        {outcome.targetAttributeName}
                      </Link>
                    </span>
                  </TableCell>
                  <TableCell className={styles.mono}>{outcome.status === 'error' ? outcome.message : formatValue(outcome.value)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={STATUS_COLOR[outcome.status] ?? 'subtle'}>
                      {STATUS_LABEL[outcome.status] ?? outcome.status}
                    </Badge>
                  </TableCell>
                </TableRow>
                {open.has(outcome.index) && (
                  <TableRow>
                    <TableCell colSpan={3}>
                      <TraceList outcome={outcome} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </div>
      <PlanView plan={preview.plan} notes={preview.scim.notes} />
    </div>
  );
}
