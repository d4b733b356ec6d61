import { Badge, type BadgeProps, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { AttributeLanding } from '../../../../shared/sync/types';
import { ValueText } from './ValueText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  frame: { overflowX: 'auto' },
  table: { tableLayout: 'fixed', minWidth: '640px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  note: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
  colName: { width: '24%' },
  colStatus: { width: '18%' },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const STATUS: Readonly<Record<AttributeLanding['status'], { label: string; color: NonNullable<BadgeProps['color']> }>> = {
  sent: { label: 'Sent', color: 'success' },
  unchanged: { label: 'Unchanged', color: 'subtle' },
  'skipped-null': { label: 'Skipped: null', color: 'subtle' },
  default: { label: 'Default', color: 'informative' },
  'add-only': { label: 'Create only', color: 'subtle' },
  ignored: { label: 'Ignored', color: 'subtle' },
  error: { label: 'Error', color: 'danger' },
  'not-sent': { label: 'Not sent', color: 'warning' },
  reference: { label: 'Reference', color: 'informative' },
};

/** Per target attribute: the source value, what the mapping made of it, and what landed in the target. */
export function AttributeLandings({ attributes, name }: { attributes: readonly AttributeLanding[]; name: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <p className={styles.title}>Source value → what landed</p>
      {attributes.length === 0 ? (
        <p className={styles.empty}>No attribute was mapped for this object in this run.</p>
      ) : (
        <div className={styles.frame}>
          <Table size="extra-small" className={styles.table} aria-label={`Source value to what landed, for ${name}`} data-testid="trial-landings">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.colName}>Target attribute</TableHeaderCell>
                <TableHeaderCell>Source value</TableHeaderCell>
                <TableHeaderCell>Mapped value</TableHeaderCell>
                <TableHeaderCell className={styles.colStatus}>Status</TableHeaderCell>
                <TableHeaderCell>Landed</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {attributes.map((a) => (
                <TableRow key={a.targetAttributeName} data-target={a.targetAttributeName}>
                  <TableCell className={styles.cell}>
                    <span className={styles.mono} title={a.expression ?? undefined}>
                      {a.targetAttributeName}
                    </span>
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <ValueText value={a.sourceValue} />
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <ValueText value={a.mappedValue} />
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <Badge appearance="tint" color={STATUS[a.status]?.color ?? 'subtle'}>
                      {STATUS[a.status]?.label ?? a.status}
                    </Badge>
                    {a.note && <span className={styles.note}>{a.note}</span>}
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <ValueText value={a.landed} />
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
