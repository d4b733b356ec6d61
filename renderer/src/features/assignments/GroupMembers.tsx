import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MemberView } from '../../../../shared/ipc/dto/apps';
import { countOf } from '../../lib/format';
import { PrincipalFlags } from './PrincipalFlags';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  member: {
    display: 'grid',
    // Each row is its own grid, so every column needs a width that does not depend on its content.
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) 240px',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  nested: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  upn: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  badges: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', justifyContent: 'flex-end' },
  via: { gridColumn: '1 / -1', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/**
 * An assigned group's members, split the way Entra treats them: direct members are provisioned with
 * the group; members of nested groups are not (Entra does not read nested groups).
 */
export function GroupMembers({
  groupName,
  members,
  id,
  provisionedUserIds,
}: {
  groupName: string;
  members: readonly MemberView[];
  id: string;
  /** Users provisioned through some assignment; a nested member among them is covered anyway. */
  provisionedUserIds: ReadonlySet<string>;
}) {
  const styles = useStyles();
  const direct = members.filter((member) => !member.nested);
  const nested = members.filter((member) => member.nested);
  const leftOut = new Set(
    nested.filter((member) => member.objectType === 'user' && !provisionedUserIds.has(member.id)).map((member) => member.id),
  ).size;
  return (
    <div className={styles.root} id={id} data-testid="group-members">
      {members.length === 0 && <p className={styles.note}>This group has no members.</p>}
      {direct.length > 0 && (
        <>
          <h4 className={styles.heading}>Direct members of {groupName}: provisioned with the group ({direct.length})</h4>
          <ul className={styles.list}>
            {direct.map((member) => (
              <MemberItem key={member.id} member={member} />
            ))}
          </ul>
        </>
      )}
      {nested.length > 0 && (
        <>
          <h4 className={styles.heading}>Members of nested groups: not provisioned by Entra ({nested.length})</h4>
          <p className={styles.note}>
            Entra reads only the direct members of an assigned group. Assign these users, or their group, to the app
            directly if they need an account.{' '}
            {leftOut > 0
              ? `${countOf(leftOut, 'user')} would otherwise be left out.`
              : 'Every user listed here is provisioned through another assignment.'}
          </p>
          <ul className={styles.list}>
            {nested.map((member) => (
              <MemberItem
                key={`${member.id}:${member.via.join('/')}`}
                member={member}
                coveredElsewhere={member.objectType === 'user' && provisionedUserIds.has(member.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function MemberItem({ member, coveredElsewhere = false }: { member: MemberView; coveredElsewhere?: boolean }) {
  const styles = useStyles();
  const notProvisioned = member.nested && !coveredElsewhere;
  return (
    <li
      className={mergeClasses(styles.member, notProvisioned && styles.nested)}
      data-testid="group-member"
      data-nested={member.nested}
      data-provisioned={!notProvisioned && member.objectType === 'user'}
    >
      <span>{member.displayName}</span>
      <span className={styles.upn}>{member.userPrincipalName ?? (member.objectType === 'group' ? 'Group' : '—')}</span>
      <span className={styles.badges}>
        <PrincipalFlags accountEnabled={member.accountEnabled} softDeleted={false} />
        {member.objectType === 'group' && !member.nested && (
          <Badge appearance="tint" color="informative" size="small">
            Nested group
          </Badge>
        )}
        {member.nested && coveredElsewhere ? (
          <Badge appearance="tint" color="informative" size="small">
            Provisioned through another assignment
          </Badge>
        ) : member.nested ? (
          <Badge appearance="tint" color="warning" size="small">
            Not provisioned
          </Badge>
        ) : (
          member.objectType === 'user' && (
            <Badge appearance="tint" color="success" size="small">
              Will be provisioned
            </Badge>
          )
        )}
      </span>
      {member.nested && member.via.length > 0 && <span className={styles.via}>via {member.via.join(' › ')}</span>}
    </li>
  );
}
