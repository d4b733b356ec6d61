import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { RequestOf } from '../../../../shared/ipc/contract';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { invoke } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/useQuery';
import { ConfirmButton } from '../scim/ConfirmButton';
import { displayValue } from './displayValue';

const useStyles = makeStyles({
  frame: { overflowX: 'auto' },
  table: { tableLayout: 'fixed', minWidth: '640px' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  exported: { margin: 0, padding: 0, listStyle: 'none', maxHeight: '120px', overflowY: 'auto', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  colWide: { width: '34%' },
});

type TargetRef = RequestOf<'trial:state'>['target'];

function exportedLine(name: string, value: unknown): string {
  return Array.isArray(value) ? `${name}: ${value.length} value${value.length === 1 ? '' : 's'}` : `${name}: ${displayValue(value)}`;
}

/** What Entra remembers between cycles for this app and target: which source object is which target id, and what it last sent. */
export function EntraStatePanel({ tenantId, appId, target, refreshKey, onReset }: { tenantId: string; appId: string; target: TargetRef; refreshKey: number; onReset: () => void }) {
  const styles = useStyles();
  const state = useQuery('trial:state', { tenantId, appId, target });
  const [resetError, setResetError] = useState<ResultError | null>(null);
  const { reload } = state;
  useEffect(() => reload(), [refreshKey, reload]);
  const where = target?.kind === 'url' ? target.baseUrl : 'the local endpoint';

  const reset = async () => {
    setResetError(null);
    const result = await invoke('trial:resetState', { tenantId, appId, target, clearLocalTarget: true });
    if (!result.ok) setResetError(result.error);
    reload();
    onReset();
  };

  return (
    <Section
      title="Entra's state"
      testId="trial-state"
      actions={
        <ConfirmButton
          icon={<ArrowResetRegular />}
          title="Reset Entra's state?"
          message={
            target?.kind === 'url'
              ? `Entra forgets which objects it linked in ${where}; the next run matches from scratch. Nothing is deleted there.`
              : "Entra forgets every link for this app's local endpoint, and the endpoint's users and groups are deleted, so the story starts over."
          }
          confirmLabel="Reset"
          onConfirm={() => void reset()}
        >
          Reset
        </ConfirmButton>
      }
    >
      {resetError && <ErrorMessage error={resetError} title="Could not reset" />}
      <QueryView query={state} loadingLabel="Loading Entra's state" errorTitle="Could not read Entra's state">
        {(view) =>
          view.links.length === 0 ? (
            <p className={styles.muted}>Entra has linked nothing in {where} yet: the next run matches each object before it creates one.</p>
          ) : (
            <div className={styles.frame}>
              <Table size="small" className={styles.table} aria-label="Links Entra keeps" data-testid="trial-state-links">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Source object</TableHeaderCell>
                    <TableHeaderCell>Target id</TableHeaderCell>
                    <TableHeaderCell>Managed</TableHeaderCell>
                    <TableHeaderCell className={styles.colWide}>Last exported</TableHeaderCell>
                    <TableHeaderCell>Updated</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {view.links.map((link) => (
                    <TableRow key={link.sourceId}>
                      <TableCell className={styles.cell}>
                        {link.displayName} <span className={styles.muted}>({link.kind.toLowerCase()})</span>
                      </TableCell>
                      <TableCell className={`${styles.cell} ${styles.mono}`}>{link.targetId}</TableCell>
                      <TableCell className={styles.cell}>
                        <Badge appearance="tint" color={link.managed ? 'success' : 'subtle'}>
                          {link.managed ? 'Managed' : 'Not managed'}
                        </Badge>
                      </TableCell>
                      <TableCell className={styles.cell}>
                        <ul className={styles.exported} tabIndex={0} aria-label={`Last exported for ${link.displayName}`}>
                          {Object.entries(link.lastExported).map(([name, value]) => (
                            <li key={name}>{exportedLine(name, value)}</li>
                          ))}
                        </ul>
                      </TableCell>
                      <TableCell className={styles.cell}>{formatDateTime(link.updatedAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryView>
    </Section>
  );
}
