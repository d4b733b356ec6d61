import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list (dense, aligned, readable by screen readers). */
export function FactList({ facts, label }: { facts: readonly Fact[]; label?: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {facts.map((fact) => (
        <div key={fact.label} className={styles.pair}>
          <dt className={styles.term}>{fact.label}</dt>
          <dd className={styles.value}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
