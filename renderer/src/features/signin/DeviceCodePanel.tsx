import { Button, Card, Link, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import type { DeviceCodePrompt } from '../../../../shared/ipc/contracts/auth';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    letterSpacing: '0.15em',
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The code to enter at microsoft.com/devicelogin, shown until the sign-in finishes or is cancelled. */
export function DeviceCodePanel({ prompt, onCancel }: { prompt: DeviceCodePrompt; onCancel(): void }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="device-code">
      <p className={styles.hint}>
        Open{' '}
        <Link href={prompt.verificationUri} target="_blank" rel="noreferrer">
          {prompt.verificationUri}
        </Link>{' '}
        on any device, enter this code and sign in with your admin account:
      </p>
      <div className={styles.row}>
        <span className={styles.code} aria-label="Device code">
          {prompt.userCode}
        </span>
        <Button icon={<CopyRegular />} onClick={() => void navigator.clipboard?.writeText(prompt.userCode)}>
          Copy code
        </Button>
      </div>
      <div className={styles.row}>
        <Spinner size="tiny" label="Waiting for you to finish signing in…" />
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </Card>
  );
}
