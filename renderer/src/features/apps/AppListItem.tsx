import { Badge, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { AppSummary } from '../../../../shared/ipc/dto/apps';
import { JobStatusBadge } from '../../components/JobStatusBadge';
import { countOf, formatDateTime, formatRelative } from '../../lib/format';
import { configurationLine } from '../../lib/vendorProfiles';
import { cycleStateInWords } from '../../lib/cycleState';

const useStyles = makeStyles({
  option: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    rowGap: '2px',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    ...shorthands.borderColor(tokens.colorNeutralStroke1Selected),
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, justifyContent: 'flex-end', alignItems: 'center' },
  meta: {
    gridColumn: '1 / -1',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});


function lastCycleLine(app: AppSummary): string {
  if (!app.lastCycleEnded) return 'No cycle yet';
  const state = app.lastCycleState ? ` · ${cycleStateInWords(app.lastCycleState)}` : '';
  return `Last cycle ${formatRelative(app.lastCycleEnded)}${state}`;
}

export function AppListItem({
  app,
  selected,
  tabbable,
  ref,
  onFocus,
  onOpen,
}: {
  app: AppSummary;
  selected: boolean;
  tabbable: boolean;
  ref: Ref<HTMLDivElement>;
  onFocus: () => void;
  onOpen: () => void;
}) {
  const styles = useStyles();
  return (
    <div
      ref={ref}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={mergeClasses(styles.option, selected && styles.selected)}
      onFocus={onFocus}
      onClick={onOpen}
      data-app-id={app.id}
    >
      <span className={styles.name} title={app.displayName} data-app-name>
        {app.displayName}
      </span>
      <span className={styles.badges}>
        {app.quarantined && app.statusCode !== 'Quarantine' && (
          <Badge appearance="tint" color="danger" size="small">
            Quarantined
          </Badge>
        )}
        <JobStatusBadge code={app.statusCode} size="small" />
      </span>
      <span className={styles.meta}>{configurationLine(app.vendorProfile, app.templateId)}</span>
      <span className={styles.meta} title={app.lastCycleEnded ? formatDateTime(app.lastCycleEnded) : undefined}>
        {lastCycleLine(app)}
      </span>
      <span className={styles.meta}>
        {countOf(app.assignedUsers, 'user')} · {countOf(app.assignedGroups, 'group')} assigned
      </span>
    </div>
  );
}
