import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingDto } from '../../../../shared/ipc/contracts/audit';
import { SeverityIcon } from './severity';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  message: { overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** Findings with severity, linked to the mapping they concern ("Show mapping" opens it in the editor). */
export function FindingsList({ findings, selectedKey, onSelect }: { findings: FindingDto[]; selectedKey: string | null; onSelect: (finding: FindingDto) => void }) {
  const styles = useStyles();
  if (findings.length === 0) return <p className={styles.empty}>No findings: the mappings pass every rule.</p>;
  return (
    <ul className={styles.list} aria-label="Findings" data-testid="findings">
      {findings.map((f, i) => {
        const key = findingKey(f, i);
        return (
          <li key={key} className={`${styles.item} ${selectedKey === key ? styles.selected : ''}`} data-testid="finding" data-rule={f.ruleId} data-severity={f.severity}>
            <SeverityIcon severity={f.severity} />
            <div className={styles.body}>
              <span className={styles.title}>
                {f.title}
                <span className={styles.rule}>{f.ruleId}</span>
              </span>
              <span className={styles.message}>{f.message}</span>
              <span className={styles.hint}>Fix: {f.fixHint}</span>
              <span className={styles.where}>{[f.objectMapping, f.targetAttributeName].filter(Boolean).join(' › ')}</span>
            </div>
            {f.mappingIndex !== undefined && (
              <Button size="small" appearance="subtle" onClick={() => onSelect(f)} aria-label={`Show mapping ${f.targetAttributeName ?? ''} for ${f.title}`}>
                Show mapping
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function findingKey(f: FindingDto, index: number): string {
  return `${index}:${f.ruleId}:${f.objectMapping}:${f.mappingIndex ?? ''}`;
}
