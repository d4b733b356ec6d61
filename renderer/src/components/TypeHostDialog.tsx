import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Monospace emphasis for a host or object name inside the warning. */
export const useHostStyles = makeStyles({
  host: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/**
 * Before anything is written to a real service: a warning, and the admin types its host to confirm
 * (case-insensitive). The host typed is handed to `onConfirm`, which sends it as `confirmHost`.
 */
export function TypeHostDialog({
  host,
  open,
  title,
  warning,
  confirmLabel,
  inputTestId,
  onCancel,
  onConfirm,
}: {
  host: string;
  open: boolean;
  title: string;
  warning: ReactNode;
  confirmLabel: string;
  inputTestId: string;
  onCancel: () => void;
  onConfirm: (typed: string) => void;
}) {
  const styles = useStyles();
  const warningId = useId();
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === host.toLowerCase();
  const close = () => {
    setTyped('');
    onCancel();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby={warningId}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!matches) return;
            setTyped('');
            onConfirm(typed.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <MessageBar intent="warning" layout="multiline" id={warningId}>
                <MessageBarBody>{warning}</MessageBarBody>
              </MessageBar>
              <Field label={`Type the host name to confirm (${host})`} required>
                <Input value={typed} onChange={(_, data) => setTyped(data.value)} autoComplete="off" spellCheck={false} data-testid={inputTestId} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={!matches}>
                {confirmLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
