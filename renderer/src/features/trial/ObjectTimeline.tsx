import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular, PeopleRegular, PersonRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { HttpExchange, ObjectRun, PhaseName } from '../../../../shared/sync/types';
import { AttributeLandings } from './AttributeLandings';
import { OutcomeBadge } from './OutcomeBadge';
import { PhaseDetails } from './PhaseDetails';
import { TargetObjectView } from './TargetObjectView';

const useStyles = makeStyles({
  card: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  title: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: 1 },
  nameRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  verdict: { margin: 0, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`, minWidth: 0 },
  steps: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  step: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  stepHead: { display: 'grid', gridTemplateColumns: '72px auto minmax(0, 1fr)', alignItems: 'center', columnGap: tokens.spacingHorizontalS, textAlign: 'left', minWidth: 0 },
  stepName: { fontWeight: tokens.fontWeightSemibold },
  summary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  panel: { paddingBottom: tokens.spacingVerticalS, minWidth: 0 },
  error: { minWidth: 0 },
});

const PHASE_LABEL: Readonly<Record<PhaseName, string>> = { import: 'Import', scope: 'Scope', match: 'Match', action: 'Action' };
const ACTION_LABEL: Readonly<Record<ObjectRun['action'], string>> = { create: 'Create', update: 'Update', delete: 'Delete', disable: 'Disable', other: 'Other' };

/** One object's cycle, as provision on demand shows it: Import → Scope → Match → Action, each step opening to its decisions and requests. */
export function ObjectTimeline({
  object,
  exchanges,
  defaultOpen,
  showVerdict,
}: {
  object: ObjectRun;
  exchanges: readonly HttpExchange[];
  defaultOpen: boolean;
  /** False when the run's verdict above already says it (a run of one object). */
  showVerdict: boolean;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const kindWord = object.kind === 'Group' ? 'group' : 'user';
  return (
    <section className={styles.card} data-testid="trial-object" data-kind={object.kind} aria-label={`${object.kind} ${object.displayName}`}>
      <div className={styles.head}>
        <Button
          appearance="transparent"
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-label={`${open ? 'Hide' : 'Show'} the steps for ${object.displayName}`}
          onClick={() => setOpen(!open)}
        />
        <div className={styles.title}>
          <div className={styles.nameRow}>
            {object.kind === 'Group' ? <PeopleRegular aria-hidden /> : <PersonRegular aria-hidden />}
            <h4 className={styles.name}>{object.displayName}</h4>
            <span className={styles.muted}>{object.reportableIdentifier !== object.displayName ? object.reportableIdentifier : object.kind}</span>
            <Badge appearance="outline" color="informative" size="small">
              {ACTION_LABEL[object.action]}
            </Badge>
            <OutcomeBadge status={object.status} size="small" />
          </div>
          {showVerdict && (
            <p className={styles.verdict} data-testid="trial-object-verdict">
              {object.verdict}
            </p>
          )}
        </div>
      </div>
      {open && (
        <div className={styles.body}>
          {object.error && (
            <MessageBar intent={object.status === 'failure' ? 'error' : 'info'} layout="multiline" className={styles.error}>
              <MessageBarBody>
                <MessageBarTitle>{object.error.errorCode}</MessageBarTitle>
                {object.error.reason}
                {object.error.recommendedAction && <> {object.error.recommendedAction}</>}
                {object.error.additionalDetails && <div className={styles.muted}>{object.error.additionalDetails}</div>}
              </MessageBarBody>
            </MessageBar>
          )}
          <Accordion multiple collapsible className={styles.steps} aria-label={`Steps for ${object.displayName}`} data-testid="trial-timeline">
            {object.phases.map((phase, index) => (
              <AccordionItem key={phase.name} value={phase.name} className={styles.step} data-testid="trial-step" data-phase={phase.name}>
                <AccordionHeader as="h5" expandIconPosition="start">
                  <span className={styles.stepHead}>
                    <span className={styles.stepName}>
                      {index + 1}. {PHASE_LABEL[phase.name]}
                    </span>
                    <OutcomeBadge status={phase.status} size="small" />
                    <span className={styles.summary}>{phase.summary}</span>
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <PhaseDetails phase={phase} exchanges={exchanges} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          <TargetObjectView object={object.targetObject} name={object.displayName} />
          <AttributeLandings attributes={object.attributes} name={object.displayName} />
          <span className={styles.muted}>
            {object.targetId ? `Target id ${object.targetId}` : `No target ${kindWord}`} · {Math.round(object.durationMs)} ms
          </span>
        </div>
      )}
    </section>
  );
}
