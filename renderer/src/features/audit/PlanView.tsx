import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { AuditPreview } from '../../../../shared/ipc/contracts/audit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  requestLine: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  json: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    overflowX: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '520px',
  },
});

/** The request the trial-sync engine would send for this preview, or what Entra would log instead. */
export function PlanView({ plan, notes }: { plan: AuditPreview['plan']; notes: AuditPreview['scim']['notes'] }) {
  const styles = useStyles();
  const title = plan.operation === 'create' ? 'Request a create would send' : 'Request an update would send';
  return (
    <div className={styles.root} data-testid="preview-plan">
      <h4 className={styles.subheading}>{title}</h4>
      <p className={styles.summary} data-testid="plan-summary">
        {plan.summary}
      </p>
      {plan.blocked && (
        <MessageBar intent="warning">
          <MessageBarBody>{plan.blocked}</MessageBarBody>
        </MessageBar>
      )}
      {plan.failure && (
        <MessageBar intent="error" data-testid="plan-failure">
          <MessageBarBody>
            <MessageBarTitle>{plan.failure.errorCode}</MessageBarTitle>
            {plan.failure.reason}
            {plan.failure.recommendedAction ? ` ${plan.failure.recommendedAction}` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan.request && (
        <>
          <span className={styles.requestLine} data-testid="plan-request-line">
            {plan.request.method} {plan.request.path}
          </span>
          <pre className={styles.json} data-testid="scim-json" tabIndex={0} aria-label="SCIM JSON">
            {JSON.stringify(plan.request.body, null, 2)}
          </pre>
        </>
      )}
      {plan.operation === 'create' && notes.length > 0 && (
        <ul className={styles.summary}>
          {notes.map((n) => (
            <li key={n.targetAttributeName}>
              <code>{n.targetAttributeName}</code>: {n.note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
