import { Badge, Button, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { AssignmentView, MemberView } from '../../../../shared/ipc/dto/apps';
import { formatDateTime } from '../../lib/format';
import { GroupMembers } from './GroupMembers';
import { PrincipalFlags } from './PrincipalFlags';
import { isDefaultAccess } from './filterAssignments';

export const ASSIGNMENT_COLUMNS = ['Members', 'Name', 'Type', 'User principal name', 'Role', 'Status', 'Assigned'] as const;

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold },
  upn: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  expanderCell: { width: '40px' },
  membersCell: { backgroundColor: tokens.colorNeutralBackground2 },
});

/** One assignment as a table row; an assigned group gets a toggle that reveals its members below. */
export function AssignmentRows({
  assignment,
  members,
  expanded,
  onToggle,
  provisionedUserIds,
}: {
  assignment: AssignmentView;
  members: readonly MemberView[];
  expanded: boolean;
  onToggle: () => void;
  provisionedUserIds: ReadonlySet<string>;
}) {
  const styles = useStyles();
  const isGroup = assignment.principalType === 'Group';
  const membersId = `members-${assignment.id}`;
  return (
    <>
      <TableRow data-testid="assignment-row" data-principal-type={assignment.principalType}>
        <TableCell className={styles.expanderCell}>
          {isGroup && (
            <Button
              appearance="subtle"
              size="small"
              icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={expanded}
              aria-controls={expanded ? membersId : undefined}
              aria-label={`${expanded ? 'Hide' : 'Show'} members of ${assignment.principalDisplayName}`}
              onClick={onToggle}
            />
          )}
        </TableCell>
        <TableCell>
          <span className={styles.name}>{assignment.principalDisplayName}</span>
        </TableCell>
        <TableCell>{assignment.principalType === 'ServicePrincipal' ? 'Service principal' : assignment.principalType}</TableCell>
        <TableCell className={styles.upn}>
          {assignment.userPrincipalName ?? (isGroup ? `${assignment.members.length} members` : '—')}
        </TableCell>
        <TableCell>
          {isDefaultAccess(assignment) ? (
            <Badge appearance="outline" color="informative">
              {assignment.roleName}
            </Badge>
          ) : (
            assignment.roleName
          )}
        </TableCell>
        <TableCell>
          {assignment.accountEnabled === false || assignment.softDeleted ? (
            <PrincipalFlags accountEnabled={assignment.accountEnabled} softDeleted={assignment.softDeleted} />
          ) : (
            <span className={styles.upn}>{assignment.accountEnabled ? 'Enabled' : '—'}</span>
          )}
        </TableCell>
        <TableCell className={styles.upn}>{formatDateTime(assignment.createdDateTime)}</TableCell>
      </TableRow>
      {isGroup && expanded && (
        <TableRow>
          <TableCell colSpan={ASSIGNMENT_COLUMNS.length} className={styles.membersCell}>
            <GroupMembers
              id={membersId}
              groupName={assignment.principalDisplayName}
              members={members}
              provisionedUserIds={provisionedUserIds}
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
