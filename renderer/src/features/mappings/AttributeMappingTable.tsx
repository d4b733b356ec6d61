import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AttributeMappingView } from '../../../../shared/ipc/dto/apps';
import { describeFlowType, describeMatching } from '../../lib/format';
import { AttributePath } from './AttributePath';
import { SourceExpression } from './SourceExpression';

const useStyles = makeStyles({
  frame: { overflowX: 'auto' },
  // Fixed layout with set widths keeps the columns aligned from one object mapping to the next.
  table: { tableLayout: 'fixed', minWidth: '860px' },
  colSource: { width: '28%' },
  colTarget: { width: '22%' },
  colKind: { width: '9%' },
  colMatching: { width: '10%' },
  colApply: { width: '12%' },
  colDefault: { width: '8%' },
  colType: { width: '11%' },
  nowrap: { whiteSpace: 'nowrap' },
  target: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  arrow: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  targetLine: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline', minWidth: 0 },
  kind: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  typeLine: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
});

const MAPPING_TYPE_NAMES: Readonly<Record<AttributeMappingView['sourceType'], string>> = {
  Attribute: 'Direct',
  Constant: 'Constant',
  Function: 'Expression',
  None: 'None',
};

export function AttributeMappingTable({ mappings, label }: { mappings: readonly AttributeMappingView[]; label: string }) {
  const styles = useStyles();
  if (mappings.length === 0) return <p className={styles.muted}>No attribute mappings.</p>;
  return (
    <div className={styles.frame}>
      <Table size="small" aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.colSource}>Source</TableHeaderCell>
            <TableHeaderCell className={styles.colTarget}>Target attribute</TableHeaderCell>
            <TableHeaderCell className={styles.colKind}>Mapping type</TableHeaderCell>
            <TableHeaderCell className={styles.colMatching}>Matching</TableHeaderCell>
            <TableHeaderCell className={styles.colApply}>Apply this mapping</TableHeaderCell>
            <TableHeaderCell className={styles.colDefault}>Default if null</TableHeaderCell>
            <TableHeaderCell className={styles.colType}>Target type</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {mappings.map((mapping, index) => (
            // Targets can repeat (a duplicate mapping is a real misconfiguration we must still show).
            <AttributeMappingRow key={`${index}:${mapping.targetAttributeName}`} mapping={mapping} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function AttributeMappingRow({ mapping }: { mapping: AttributeMappingView }) {
  const styles = useStyles();
  const matching = describeMatching(mapping.matchingPriority);
  return (
    <TableRow data-testid="attribute-mapping" data-target={mapping.targetAttributeName}>
      <TableCell>
        <SourceExpression mapping={mapping} />
      </TableCell>
      <TableCell>
        <span className={styles.targetLine}>
          <span className={styles.arrow} aria-hidden="true">
            →
          </span>
          <AttributePath name={mapping.targetAttributeName} />
        </span>
      </TableCell>
      <TableCell>
        <span className={styles.kind}>{MAPPING_TYPE_NAMES[mapping.sourceType]}</span>
      </TableCell>
      <TableCell>
        {matching ? (
          <Badge appearance="tint" color="brand" className={styles.nowrap}>
            {matching}
          </Badge>
        ) : (
          <span className={styles.muted}>—</span>
        )}
      </TableCell>
      <TableCell className={styles.nowrap}>{describeFlowType(mapping.flowType)}</TableCell>
      <TableCell>
        {mapping.defaultValue !== null && mapping.defaultValue !== '' ? (
          <code className={styles.target}>{mapping.defaultValue}</code>
        ) : (
          <span className={styles.muted}>—</span>
        )}
      </TableCell>
      <TableCell>
        <TargetType target={mapping.target} />
      </TableCell>
    </TableRow>
  );
}

function TargetType({ target }: { target: AttributeMappingView['target'] }) {
  const styles = useStyles();
  if (!target) return <span className={styles.muted}>Not in target schema</span>;
  return (
    <span className={styles.typeLine}>
      {target.type}
      {target.required && (
        <Badge appearance="outline" color="important" size="small">
          Required
        </Badge>
      )}
      {target.multivalued && (
        <Badge appearance="outline" color="subtle" size="small">
          Multi-value
        </Badge>
      )}
      {target.caseExact && (
        <Badge appearance="outline" color="subtle" size="small">
          Exact case
        </Badge>
      )}
    </span>
  );
}
