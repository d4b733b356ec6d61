import { makeStyles, tokens } from '@fluentui/react-components';
import type { ObjectMappingView } from '../../../../shared/ipc/dto/apps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  lead: { margin: 0 },
  groups: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupName: { fontWeight: tokens.fontWeightSemibold },
  clause: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  joiner: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  or: { listStyle: 'none', marginLeft: `-${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Scoping filters in words: groups are ORed, the clauses inside a group are ANDed. */
export function ScopeInWords({ scope, objectName }: { scope: ObjectMappingView['scope']; objectName: string }) {
  const styles = useStyles();
  if (scope.length === 0) {
    return (
      <p className={styles.lead} data-testid="scope">
        No scoping filter: every assigned {objectName} is in scope.
      </p>
    );
  }
  return (
    <div className={styles.root} data-testid="scope">
      <p className={styles.lead}>
        {scope.length === 1
          ? `A ${objectName} is in scope when every clause of this filter is true (clauses are ANDed):`
          : `A ${objectName} is in scope when any one of these ${scope.length} filters matches (filters are ORed; the clauses inside each filter are ANDed):`}
      </p>
      <ul className={styles.groups}>
        {scope.map((group, index) => (
          <ScopeGroup key={`${group.name}:${index}`} name={group.name} clauses={group.clauses} first={index === 0} />
        ))}
      </ul>
    </div>
  );
}

function ScopeGroup({ name, clauses, first }: { name: string; clauses: readonly string[]; first: boolean }) {
  const styles = useStyles();
  return (
    <>
      {!first && (
        <li className={styles.or} aria-hidden="true">
          OR
        </li>
      )}
      <li data-testid="scope-group">
        <span className={styles.groupName}>{name || 'Untitled filter'}</span>:{' '}
        {clauses.map((clause, index) => (
          <span key={`${clause}:${index}`}>
            {index > 0 && <span className={styles.joiner}> AND </span>}
            <span className={styles.clause}>{clause}</span>
          </span>
        ))}
        {clauses.length === 0 && <span className={styles.joiner}>no clauses</span>}
      </li>
    </>
  );
}
