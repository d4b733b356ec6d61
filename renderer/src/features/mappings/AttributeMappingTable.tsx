import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { FindingDto } from '../../../../shared/ipc/contracts/audit';
import type { AttributeMappingView } from '../../../../shared/ipc/dto/apps';
import { SeverityIcon } from '../audit/severity';
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
  // A row a finding refers to: a coloured edge and the severity icon by its target.
  flaggedError: { boxShadow: `inset 3px 0 0 ${tokens.colorPaletteRedBorder2}` },
  flaggedWarning: { boxShadow: `inset 3px 0 0 ${tokens.colorPaletteDarkOrangeBorder2}` },
  flaggedInfo: { boxShadow: `inset 3px 0 0 ${tokens.colorNeutralStroke1}` },
  // The row "Show mapping" went to.
  shown: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`,
    outlineStyle: 'none',
  },
  flagIcon: { flexShrink: 0, display: 'inline-flex' },
});

/** The row "Show mapping" asked for; a new `nonce` scrolls to it again. */
export interface ShownMapping {
  index: number;
  nonce: number;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

const MAPPING_TYPE_NAMES: Readonly<Record<AttributeMappingView['sourceType'], string>> = {
  Attribute: 'Direct',
  Constant: 'Constant',
  Function: 'Expression',
  None: 'None',
};

export function AttributeMappingTable({
  mappings,
  label,
  findings = [],
  shown = null,
}: {
  mappings: readonly AttributeMappingView[];
  label: string;
  /** The audit's findings for this object mapping: the rows they refer to are marked. */
  findings?: readonly FindingDto[];
  shown?: ShownMapping | null;
}) {
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
            <AttributeMappingRow
              key={`${index}:${mapping.targetAttributeName}`}
              mapping={mapping}
              findings={findings.filter((f) => f.mappingIndex === index)}
              shownNonce={shown?.index === index ? shown.nonce : null}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function AttributeMappingRow({ mapping, findings, shownNonce }: { mapping: AttributeMappingView; findings: readonly FindingDto[]; shownNonce: number | null }) {
  const styles = useStyles();
  const matching = describeMatching(mapping.matchingPriority);
  const row = useRef<HTMLTableRowElement>(null);
  // "Show mapping": bring the row into view and give it focus (it is focusable only programmatically).
  useEffect(() => {
    if (shownNonce === null || !row.current) return;
    row.current.scrollIntoView({ block: 'center' });
    row.current.focus({ preventScroll: true });
  }, [shownNonce]);
  const worst = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  const flagClass = worst ? { error: styles.flaggedError, warning: styles.flaggedWarning, info: styles.flaggedInfo }[worst.severity] : '';
  const findingText = findings.map((f) => `${f.title}: ${f.message}`).join('\n');
  return (
    <TableRow
      ref={row as never}
      tabIndex={-1}
      className={mergeClasses(flagClass, shownNonce !== null && styles.shown)}
      data-testid="attribute-mapping"
      data-target={mapping.targetAttributeName}
      data-flagged={worst?.severity}
      data-shown={shownNonce !== null ? 'true' : undefined}
    >
      <TableCell>
        <SourceExpression mapping={mapping} />
      </TableCell>
      <TableCell>
        <span className={styles.targetLine}>
          <span className={styles.arrow} aria-hidden="true">
            →
          </span>
          <AttributePath name={mapping.targetAttributeName} />
          {worst && (
            <span className={styles.flagIcon} title={findingText} data-testid="mapping-finding-flag">
              <SeverityIcon severity={worst.severity} />
            </span>
          )}
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
