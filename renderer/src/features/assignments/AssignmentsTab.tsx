import {
  MessageBar,
  MessageBarBody,
  SearchBox,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AssignmentView } from '../../../../shared/ipc/dto/apps';
import { QueryView } from '../../components/QueryView';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { countOf } from '../../lib/format';
import { useQuery } from '../../lib/useQuery';
import { ASSIGNMENT_COLUMNS, AssignmentRows } from './AssignmentRows';
import { filterAssignments, isDefaultAccess, provisionedUserIds, totalAssignments } from './filterAssignments';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  filter: { width: '320px' },
  summary: { color: tokens.colorNeutralForeground2, margin: 0 },
  tableFrame: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: 'auto',
  },
  table: { tableLayout: 'auto' },
  empty: { margin: 0, padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

export function AssignmentsTab({ tenantId, appId }: { tenantId: string; appId: string }) {
  const assignments = useQuery('apps:assignments', { tenantId, appId });
  return (
    <QueryView query={assignments} loadingLabel="Loading users and groups" errorTitle="Could not load users and groups">
      {(list) => <AssignmentsContent assignments={list} />}
    </QueryView>
  );
}

function AssignmentsContent({ assignments }: { assignments: readonly AssignmentView[] }) {
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const totals = totalAssignments(assignments);
  const rows = filterAssignments(assignments, filter);
  const hasDefaultAccess = assignments.some(isDefaultAccess);
  const provisioned = useMemo(() => provisionedUserIds(assignments), [assignments]);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className={styles.root} data-testid="assignments">
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.filter}
          size="small"
          placeholder="Filter by name, UPN or role"
          aria-label="Filter users and groups"
          value={filter}
          onChange={(_, data) => setFilter(data.value)}
        />
        <p className={styles.summary} role="status">
          {countOf(totals.users, 'user')} and {countOf(totals.groups, 'group')} assigned
          {totals.groups > 0 && (
            <>
              {' '}
              · {countOf(totals.usersViaGroups, 'user')} provisioned through groups ·{' '}
              {countOf(totals.nestedOnlyUsers, 'user')} only in nested groups, not provisioned
            </>
          )}
        </p>
      </div>
      {hasDefaultAccess && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Some assignments use the Default Access role. Provisioning configurations created since April 2020 provision
            these users like any other role; older configurations (and some vendor guides, such as OfficeSpace’s 2019
            guide) excluded them.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.tableFrame}>
        {rows.length === 0 ? (
          <p className={styles.empty} role="status">
            {assignments.length === 0 ? 'No users or groups are assigned to this app.' : `Nothing matches “${filter.trim()}”.`}
          </p>
        ) : (
          <Table size="small" aria-label="Assigned users and groups" className={styles.table}>
            <TableHeader>
              <TableRow>
                {ASSIGNMENT_COLUMNS.map((column) => (
                  <TableHeaderCell key={column}>
                    {column === 'Members' ? <VisuallyHidden>{column}</VisuallyHidden> : column}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map(({ assignment, members, matchedByMembers }) => (
                <AssignmentRows
                  key={assignment.id}
                  assignment={assignment}
                  members={members}
                  expanded={matchedByMembers !== expanded.has(assignment.id)}
                  provisionedUserIds={provisioned}
                  onToggle={() => toggle(assignment.id)}
                />
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </div>
  );
}
