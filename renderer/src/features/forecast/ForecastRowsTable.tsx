import { Badge, Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular, DismissRegular, PeopleRegular, PersonRegular } from '@fluentui/react-icons';
import type { ForecastRow } from '../../../../shared/sync/forecast-types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingRows } from '../../components/Loading';
import { useQuery } from '../../lib/useQuery';
import { ACTION_LABEL, STATUS_BADGE } from './forecastLabels';
import { isFiltered, requestFilter, type RowFilter } from './rowFilter';

export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflowX: 'auto', minWidth: 0 },
  table: { tableLayout: 'fixed', minWidth: '760px' },
  colObject: { width: '27%' },
  colAction: { width: '96px' },
  colOutcome: { width: '84px' },
  colCode: { width: '21%' },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  object: { display: 'flex', flexDirection: 'column', minWidth: 0, gap: '2px' },
  nameRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { textAlign: 'left', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  code: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  findings: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  verdict: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end', flexWrap: 'wrap' },
  range: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  spacer: { flex: 1 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * The forecast's objects, one page of `forecast:rows` at a time (the core filters and slices; the
 * renderer never holds more than a page, so 100,000 objects stay fast). A name opens its timeline.
 */
export function ForecastRowsTable({
  forecastId,
  filter,
  offset,
  onOffset,
  onOpen,
  onClear,
}: {
  forecastId: string;
  filter: RowFilter;
  offset: number;
  onOffset: (offset: number) => void;
  onOpen: (row: ForecastRow) => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const rows = useQuery('forecast:rows', { forecastId, filter: requestFilter(filter), offset, limit: PAGE_SIZE }, { keepPreviousData: true });
  if (rows.status === 'error' && !rows.data) return <ErrorMessage error={rows.error} title="Could not read the forecast's objects" onRetry={rows.reload} />;
  if (!rows.data) return <LoadingRows label="Loading the objects" rows={5} />;
  const { total } = rows.data;
  const last = Math.min(offset + rows.data.rows.length, total);
  return (
    <div className={styles.root} aria-busy={rows.status === 'loading'} data-testid="forecast-table" data-total={total}>
      <div className={styles.pager}>
        <span className={styles.range} role="status" data-testid="forecast-range">
          {total === 0 ? (isFiltered(filter) ? 'No object matches these filters.' : 'The forecast has no objects.') : `${(offset + 1).toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? 'object' : 'objects'}`}
        </span>
        {isFiltered(filter) && (
          <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={onClear} data-testid="forecast-filter-clear">
            Clear filters
          </Button>
        )}
        <span className={styles.spacer} />
        <Button size="small" icon={<ChevronLeftRegular />} disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))} data-testid="forecast-prev">
          Previous
        </Button>
        <Button size="small" icon={<ChevronRightRegular />} iconPosition="after" disabled={last >= total} onClick={() => onOffset(offset + PAGE_SIZE)} data-testid="forecast-next">
          Next
        </Button>
      </div>
      {total > 0 && (
        <div className={styles.scroller}>
          <Table size="small" className={styles.table} aria-label="Objects of the first cycle">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.colObject}>Object</TableHeaderCell>
                <TableHeaderCell className={styles.colAction}>Action</TableHeaderCell>
                <TableHeaderCell className={styles.colOutcome}>Outcome</TableHeaderCell>
                <TableHeaderCell className={styles.colCode}>Code and findings</TableHeaderCell>
                <TableHeaderCell>Verdict</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.data.rows.map((row) => (
                <TableRow key={`${row.kind}:${row.id}`} data-testid="forecast-row" data-kind={row.kind} data-status={row.logStatus} data-code={row.errorCode ?? ''}>
                  <TableCell className={styles.cell}>
                    <span className={styles.object}>
                      <span className={styles.nameRow}>
                        {row.kind === 'Group' ? <PeopleRegular aria-label="Group" /> : <PersonRegular aria-label="User" />}
                        <Link as="button" className={styles.name} onClick={() => onOpen(row)} title={`Open the timeline of ${row.displayName}`} data-testid="forecast-row-open">
                          {row.displayName}
                        </Link>
                      </span>
                      <span className={styles.muted} title={row.reportable}>
                        {row.reportable !== row.displayName ? row.reportable : row.kind}
                      </span>
                      <span className={styles.muted}>{row.assignedVia}</span>
                    </span>
                  </TableCell>
                  <TableCell className={styles.cell}>{ACTION_LABEL[row.action]}</TableCell>
                  <TableCell className={styles.cell}>
                    <Badge appearance="tint" color={STATUS_BADGE[row.logStatus]} size="small">
                      {row.logStatus}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.cell}>
                    {row.errorCode && <span className={styles.code}>{row.errorCode}</span>}
                    {row.findings.some((f) => f.code !== row.errorCode) && (
                      <span className={styles.findings}>
                        {row.findings
                          .filter((f) => f.code !== row.errorCode)
                          .map((f) => f.code)
                          .join(', ')}
                      </span>
                    )}
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <span className={styles.verdict} title={row.verdict}>
                      {row.verdict}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
