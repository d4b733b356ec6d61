import { Button, makeStyles } from '@fluentui/react-components';
import type { ButtonProps } from '@fluentui/react-components';
import { forwardRef, useRef } from 'react';
import type { ReactNode } from 'react';
import type { FilePurpose } from '../../../shared/ipc/contracts/files';
import type { ResultError } from '../../../shared/ipc/result';
import { invoke, isDesktop } from '../lib/api';
import { uploadTooLarge, type PickedFiles } from '../lib/pickedFiles';

const useStyles = makeStyles({ hidden: { display: 'none' } });

export interface FilePickerButtonProps {
  purpose: FilePurpose;
  multiple?: boolean;
  /** The upload input's `accept` (browser mode). */
  accept: string;
  /** The upload input's accessible name and test id (browser mode, and what tests set files on). */
  inputLabel: string;
  inputTestId: string;
  /** The command that imports any size, named when an upload is too large. */
  cliCommand: string;
  onPicked(picked: PickedFiles): void;
  /** A pick that cannot go ahead: an upload over the limit, or a dialog that failed. */
  onRefused(error: ResultError): void;
  icon?: ButtonProps['icon'];
  disabled?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * Picks files: the desktop app's native open dialog (the core then reads them from disk by path, any
 * size), or in browser mode a file input whose files are uploaded, up to the upload limit.
 */
export const FilePickerButton = forwardRef<HTMLButtonElement, FilePickerButtonProps>(function FilePickerButton(props, ref) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { purpose, multiple = false, onPicked, onRefused } = props;

  const pickNative = async () => {
    const answer = await invoke('files:pickOpen', { purpose, multiple });
    if (!answer.ok) return onRefused(answer.error);
    if (answer.value.files.length > 0) onPicked({ kind: 'paths', files: answer.value.files });
  };

  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple={multiple}
        accept={props.accept}
        aria-label={props.inputLabel}
        data-testid={props.inputTestId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length === 0) return;
          const refused = uploadTooLarge(files, props.cliCommand);
          if (refused) onRefused(refused);
          else onPicked({ kind: 'uploads', files });
        }}
      />
      <Button
        ref={ref as never}
        {...(props.icon ? { icon: props.icon } : {})}
        disabledFocusable={props.disabled ?? false}
        onClick={() => (isDesktop() ? void pickNative() : input.current?.click())}
        data-testid={props.testId}
      >
        {props.children}
      </Button>
    </>
  );
});
