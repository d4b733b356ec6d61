import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  host: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** Asks the admin to type the host before a run writes to a real SCIM service; the host typed is sent as `confirmHost`. */
export function ConfirmHostDialog({ host, open, onCancel, onConfirm }: { host: string; open: boolean; onCancel: () => void; onConfirm: (typed: string) => void }) {
  const styles = useStyles();
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === host.toLowerCase();
  const close = () => {
    setTyped('');
    onCancel();
  };
  const confirm = () => {
    if (!matches) return;
    setTyped('');
    onConfirm(typed.trim());
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby="trial-confirm-host-warning">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>Run against {host}?</DialogTitle>
            <DialogContent className={styles.content}>
              <MessageBar intent="warning" layout="multiline" id="trial-confirm-host-warning">
                <MessageBarBody>
                  This run sends real requests to <span className={styles.host}>{host}</span>: objects there will be created, changed, disabled or deleted, as Entra would.
                  A dry run sends GETs only.
                </MessageBarBody>
              </MessageBar>
              <Field label={`Type the host name to confirm (${host})`} required>
                <Input value={typed} onChange={(_, data) => setTyped(data.value)} autoComplete="off" spellCheck={false} data-testid="trial-confirm-host" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={!matches}>
                Run against {host}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
