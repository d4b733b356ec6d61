import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  host: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** Before the probe's write round trip: the admin types the host that will get a throwaway user (sent as `confirmHost`). */
export function ConfirmWriteDialog({ host, open, onCancel, onConfirm }: { host: string; open: boolean; onCancel: () => void; onConfirm: (typed: string) => void }) {
  const styles = useStyles();
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === host.toLowerCase();
  const close = () => {
    setTyped('');
    onCancel();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby="probe-confirm-warning">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!matches) return;
            setTyped('');
            onConfirm(typed.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>Write a throwaway user to {host}?</DialogTitle>
            <DialogContent className={styles.content}>
              <MessageBar intent="warning" layout="multiline" id="probe-confirm-warning">
                <MessageBarBody>
                  The round trip creates a user named <span className={styles.host}>pwb-probe-…@invalid.example</span> in <span className={styles.host}>{host}</span>, updates it, disables and
                  re-enables it, then deletes it. If a step fails, the user may be left behind for you to remove.
                </MessageBarBody>
              </MessageBar>
              <Field label={`Type the host name to confirm (${host})`} required>
                <Input value={typed} onChange={(_, data) => setTyped(data.value)} autoComplete="off" spellCheck={false} data-testid="probe-confirm-host" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={!matches}>
                Write to {host}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
