import { Badge, Dropdown, Input, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import type { RequestOf } from '../../../../shared/ipc/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useQuery } from '../../lib/useQuery';
import { describeRequest } from './describeRequest';
import { JsonBlock } from './JsonBlock';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  // One column until a request is selected; then the request's bodies open beside the list.
  split: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  splitOpen: { gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)' },
  list: { maxHeight: '420px', overflow: 'auto' },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  // Paths stay on one line, shortened with the full text on hover.
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 0, width: '45%' },
  touched: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 0, width: '25%' },
  fullPath: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', margin: 0 },
  detail: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

type Method = NonNullable<RequestOf<'scim:log'>['method']>;
const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function statusColor(status: number): 'success' | 'warning' | 'danger' {
  return status < 300 ? 'success' : status < 500 ? 'warning' : 'danger';
}

/** Every request the endpoint answered, newest first, refreshed as new ones arrive; select one to see its bodies. */
export function RequestLog({ latestSeq }: { latestSeq: number }) {
  const styles = useStyles();
  const [method, setMethod] = useState<Method | ''>('');
  const [outcome, setOutcome] = useState<'success' | 'error' | ''>('');
  const [path, setPath] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const request: RequestOf<'scim:log'> = { limit: 200, ...(method ? { method } : {}), ...(outcome ? { outcome } : {}), ...(path.trim() ? { pathContains: path.trim() } : {}) };
  const log = useQuery('scim:log', request, { keepPreviousData: true });
  const { reload } = log;
  useEffect(() => reload(), [latestSeq, reload]);
  const entries = log.data?.entries ?? [];
  // A selection that is no longer listed (filtered out, dropped, reset) shows nothing.
  const shown = selected !== null && entries.some((e) => e.seq === selected) ? selected : null;
  const detail = useQuery('scim:logEntry', shown === null ? null : { seq: shown });
  // Names of the stored users and groups, so a request on /Users/{id} says whom it touched.
  const users = useQuery('scim:resources', { type: 'User', limit: 500 }, { keepPreviousData: true });
  const groups = useQuery('scim:resources', { type: 'Group', limit: 500 }, { keepPreviousData: true });
  const { reload: reloadUsers } = users;
  const { reload: reloadGroups } = groups;
  useEffect(() => {
    reloadUsers();
    reloadGroups();
  }, [latestSeq, reloadUsers, reloadGroups]);
  const names = useMemo(() => new Map([...(users.data?.items ?? []), ...(groups.data?.items ?? [])].map((item) => [item.id, item.name] as const)), [users.data, groups.data]);

  return (
    <div className={shown === null ? styles.split : `${styles.split} ${styles.splitOpen}`}>
      <div>
        <div className={styles.filters}>
          <Dropdown aria-label="Method" value={method || 'Any method'} selectedOptions={[method]} onOptionSelect={(_, d) => setMethod((d.optionValue ?? '') as Method | '')} data-testid="scim-log-method">
            <Option value="">Any method</Option>
            {METHODS.map((m) => (
              <Option key={m} value={m}>
                {m}
              </Option>
            ))}
          </Dropdown>
          <Dropdown
            aria-label="Outcome"
            value={outcome === 'success' ? 'Succeeded' : outcome === 'error' ? 'Failed (4xx/5xx)' : 'Any outcome'}
            selectedOptions={[outcome]}
            onOptionSelect={(_, d) => setOutcome((d.optionValue ?? '') as 'success' | 'error' | '')}
            data-testid="scim-log-outcome"
          >
            <Option value="">Any outcome</Option>
            <Option value="success">Succeeded</Option>
            <Option value="error">Failed (4xx/5xx)</Option>
          </Dropdown>
          <Input contentBefore={<SearchRegular />} placeholder="Path contains…" value={path} onChange={(_, d) => setPath(d.value)} aria-label="Path contains" data-testid="scim-log-path" />
        </div>
        {log.status === 'error' && <ErrorMessage error={log.error} onRetry={log.reload} title="Could not read the request log" />}
        {entries.length === 0 ? (
          <p className={styles.empty}>No requests yet. Run a trial sync against this endpoint, or point a SCIM client on this computer at the Tenant URL.</p>
        ) : (
          <div className={styles.list}>
            <Table size="small" aria-label="Requests received" data-testid="scim-log">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Time</TableHeaderCell>
                  <TableHeaderCell>Method</TableHeaderCell>
                  <TableHeaderCell>Path</TableHeaderCell>
                  <TableHeaderCell>Touched</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>ms</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map((e) => {
                  const words = describeRequest(e.method, e.path, names);
                  return (
                  <TableRow
                    key={e.seq}
                    className={`${styles.row} ${selected === e.seq ? styles.selected : ''}`}
                    onClick={() => setSelected(e.seq)}
                    onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && setSelected(e.seq)}
                    tabIndex={0}
                    aria-selected={selected === e.seq}
                    data-testid="scim-log-row"
                  >
                    <TableCell>{new Date(e.at).toLocaleTimeString()}</TableCell>
                    <TableCell>{e.method}</TableCell>
                    <TableCell className={styles.path} title={words.path} data-testid="scim-log-path-cell">
                      {words.path}
                    </TableCell>
                    <TableCell className={styles.touched} title={words.touched ?? ''} data-testid="scim-log-touched">
                      {words.touched ?? '—'}
                    </TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={statusColor(e.status)}>
                        {e.status}
                      </Badge>
                    </TableCell>
                    <TableCell>{e.durationMs.toFixed(1)}</TableCell>
                  </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
      {shown !== null && (
      <div className={styles.detail} data-testid="scim-log-detail">
        {detail.status === 'error' && <ErrorMessage error={detail.error} title="Could not read this request" />}
        {detail.data && (
          <>
            <p className={styles.fullPath}>
              {detail.data.method} {describeRequest(detail.data.method, detail.data.path, names).path} → {detail.data.status}
            </p>
            <p className={styles.label}>Request body</p>
            <JsonBlock text={detail.data.requestBody} label="Request body" />
            <p className={styles.label}>Response body</p>
            <JsonBlock text={detail.data.responseBody} label="Response body" />
          </>
        )}
      </div>
      )}
    </div>
  );
}
