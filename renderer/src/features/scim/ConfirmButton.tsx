import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useState } from 'react';

/** A button that asks before doing something that cannot be undone. */
export function ConfirmButton({
  children,
  icon,
  title,
  message,
  confirmLabel,
  onConfirm,
  disabled,
}: {
  children: ReactNode;
  icon?: ReactElement;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        {/* Focusable while disabled, so focus can return to it when the dialog closes. */}
        <Button {...(icon ? { icon } : {})} disabledFocusable={disabled ?? false}>
          {children}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{message}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
