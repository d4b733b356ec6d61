import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BranchCompare20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MappingDiff } from '../../../../shared/audit/diff';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { RequestOf } from '../../../../shared/ipc/contract';
import { invoke } from '../../lib/api';
import { readSnapshotMappings } from './readSnapshotMappings';

const useStyles = makeStyles({
  surface: { maxWidth: '1100px', width: '92vw' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  labels: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalS} 0` },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  removed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxHeight: '70vh', overflowY: 'auto' },
});

const CHANGE_COLOR = { added: 'success', removed: 'danger', changed: 'warning', same: 'subtle' } as const;
const CHANGE_LABEL = { added: 'Only on the right', removed: 'Only on the left', changed: 'Changed', same: 'Same' } as const;

function DiffTable({ diff }: { diff: MappingDiff }) {
  const styles = useStyles();
  return (
    <div data-testid="diff-result">
      <div className={styles.labels}>
        <span>Left: {diff.leftLabel}</span>
        <span>Right: {diff.rightLabel}</span>
      </div>
      <p>
        {diff.summary.changed} changed, {diff.summary.removed} only on the left, {diff.summary.added} only on the right, {diff.summary.same} the same.
      </p>
      {diff.objectMappings.map((o) => (
        <section key={o.objectKind} aria-label={`${o.objectKind} mapping differences`}>
          <h4 className={styles.heading}>{o.objectKind}s</h4>
          <Table size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '26%' }}>Target attribute</TableHeaderCell>
                <TableHeaderCell style={{ width: '130px' }}>Change</TableHeaderCell>
                <TableHeaderCell>Left</TableHeaderCell>
                <TableHeaderCell>Right</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {o.attributes.map((a) => (
                <TableRow key={a.targetAttributeName} data-testid="diff-row" data-change={a.change}>
                  <TableCell className={styles.mono}>{a.targetAttributeName}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={CHANGE_COLOR[a.change]}>
                      {CHANGE_LABEL[a.change]}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.mono}>{describe(a.left, a.fields)}</TableCell>
                  <TableCell className={styles.mono}>{describe(a.right, a.fields)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}

function describe(side: MappingDiff['objectMappings'][number]['attributes'][number]['left'], fields: string[]): string {
  if (!side) return '—';
  const parts = [side.expression ?? 'None'];
  if (side.matchingPriority > 0 || fields.includes('matchingPriority')) parts.push(side.matchingPriority > 0 ? `matching #${side.matchingPriority}` : 'not matching');
  if (side.flowType !== 'Always' || fields.includes('flowType')) parts.push(side.flowType);
  if (side.defaultValue || fields.includes('defaultValue')) parts.push(`default "${side.defaultValue ?? ''}"`);
  return parts.join(' · ');
}

/** Compares the app's mappings with its vendor's recommended mapping, or with the same app in a snapshot file. */
export function DiffDialog({ tenantId, appId, app, profileId }: { tenantId: string; appId: string; app: { id: string; displayName: string }; profileId: string | null }) {
  const styles = useStyles();
  const [against, setAgainst] = useState<'recommended' | 'snapshot'>('recommended');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [diff, setDiff] = useState<MappingDiff | null>(null);
  const [error, setError] = useState<ResultError | null>(null);

  const compare = async () => {
    setBusy(true);
    setError(null);
    setDiff(null);
    let request: RequestOf<'audit:diff'>;
    if (against === 'recommended') request = { tenantId, appId, against: { kind: 'recommended', ...(profileId ? { profileId } : {}) } };
    else {
      const read = readSnapshotMappings(await file!.text(), file!.name, app);
      if (!read.ok) {
        setBusy(false);
        setError({ code: 'INVALID_SNAPSHOT', message: read.message });
        return;
      }
      request = { tenantId, appId, against: { kind: 'mappings', label: read.label, objectMappings: read.objectMappings } };
    }
    const result = await invoke('audit:diff', request);
    setBusy(false);
    if (result.ok) setDiff(result.value);
    else setError(result.error);
  };

  return (
    <Dialog modalType="modal">
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<BranchCompare20Regular />}>Compare mappings</Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface} aria-label="Compare mappings">
        <DialogBody>
          <DialogTitle>Compare mappings</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Compare this app with">
              <RadioGroup value={against} onChange={(_, data) => setAgainst(data.value as 'recommended' | 'snapshot')}>
                <Radio value="recommended" label={`The recommended mapping for the ${profileId ?? 'generic'} profile`} />
                <Radio value="snapshot" label="The same app in a snapshot file (an earlier export)" />
              </RadioGroup>
            </Field>
            {against === 'snapshot' && (
              <Field label="Snapshot file" hint="A .json file exported with Export snapshot or pwb snapshot export.">
                <input type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="diff-file" />
              </Field>
            )}
            {busy && <Spinner size="small" label="Comparing…" />}
            {error && <ErrorMessage error={error} title="Could not compare" />}
            {diff && <DiffTable diff={diff} />}
          </DialogContent>
          <DialogActions>
            {/* Busy keeps the button focusable: a disabled button drops focus out of the dialog (then Escape stops working). */}
            <Button appearance="primary" onClick={() => void compare()} disabledFocusable={busy} disabled={!busy && against === 'snapshot' && !file}>
              Compare
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
