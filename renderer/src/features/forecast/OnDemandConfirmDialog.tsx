import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** Before provisionOnDemand: it writes to the real app, so the admin confirms with the app and subject named. */
export function OnDemandConfirmDialog({
  open,
  appName,
  subject,
  warnings,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  appName: string;
  subject: string;
  warnings: readonly string[];
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const styles = useStyles();
  const warningId = useId();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={warningId} data-testid="on-demand-confirm">
        <DialogBody>
          <DialogTitle>Provision {subject} to {appName} for real?</DialogTitle>
          <DialogContent className={styles.content}>
            <MessageBar intent="warning" layout="multiline" id={warningId}>
              <MessageBarBody>
                Entra's provision on demand writes to the real app: <span className={styles.name}>{subject}</span> will be created, updated or disabled in{' '}
                <span className={styles.name}>{appName}</span> as the regular cycle would do it. Our prediction is saved first, so the comparison cannot be adjusted afterwards.
              </MessageBarBody>
            </MessageBar>
            {warnings.map((warning) => (
              <MessageBar key={warning} intent="info" layout="multiline">
                <MessageBarBody>{warning}</MessageBarBody>
              </MessageBar>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" onClick={onConfirm} data-testid="on-demand-confirm-button">
              Provision on demand
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
