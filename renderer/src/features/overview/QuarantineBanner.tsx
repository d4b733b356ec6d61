import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { JobOverview } from '../../../../shared/ipc/dto/apps';
import { formatDateTime, formatRelative } from '../../lib/format';
import { describeQuarantineReason } from './quarantineReasons';

const useStyles = makeStyles({
  // Calmer than Fluent's filled warning bar (which is loud in the dark theme): a neutral surface with
  // a warning-colored edge, like a note rather than an alarm.
  bar: {
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
    borderLeftWidth: '4px',
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The portal's quarantine notice, said calmly: what, why, since when, and when Entra tries again. */
export function QuarantineBanner({ quarantine }: { quarantine: NonNullable<JobOverview['quarantine']> }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="quarantine-banner">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Provisioning is in quarantine</MessageBarTitle>
        <p className={styles.line}>
          Reason: {describeQuarantineReason(quarantine.reason)} <span className={styles.code}>({quarantine.reason})</span>
        </p>
        {(quarantine.errorCode || quarantine.errorMessage) && (
          <p className={styles.line}>
            {quarantine.errorCode && <span className={styles.code}>{quarantine.errorCode}: </span>}
            {quarantine.errorMessage}
          </p>
        )}
        <p className={styles.line}>
          {quarantine.currentBegan && <>In quarantine since {formatDateTime(quarantine.currentBegan)}. </>}
          {quarantine.nextAttempt && (
            <>
              Next attempt {formatDateTime(quarantine.nextAttempt)} ({formatRelative(quarantine.nextAttempt)}).{' '}
            </>
          )}
          {quarantine.seriesCount !== null && quarantine.seriesCount > 1 && (
            <>Quarantined {quarantine.seriesCount} times in a row.</>
          )}
        </p>
        <p className={styles.hint}>
          While quarantined, Entra retries less often (after 6, 12 and 24 hours, then daily) and turns the job off after
          four weeks. Fix the cause, then restart provisioning in the Entra admin center.
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
