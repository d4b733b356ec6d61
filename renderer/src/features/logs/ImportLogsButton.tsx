import { ArrowUploadRegular } from '@fluentui/react-icons';
import type { ResultError } from '../../../../shared/ipc/result';
import { FilePickerButton } from '../../components/FilePickerButton';
import type { PickedFiles } from '../../lib/pickedFiles';

/** Picks log files to import (several at once for the portal's three CSV files); the import itself is useLogImport's. */
export function ImportLogsButton({ busy, onPicked, onRefused }: { busy: boolean; onPicked(picked: PickedFiles): void; onRefused(error: ResultError): void }) {
  return (
    <FilePickerButton
      purpose="logs"
      multiple
      accept=".json,.jsonl,.ndjson,.csv,.gz,application/json,text/csv"
      inputLabel="Provisioning-log files"
      inputTestId="logs-file-input"
      cliCommand="pwb logs import FILE..."
      onPicked={onPicked}
      onRefused={onRefused}
      icon={<ArrowUploadRegular />}
      disabled={busy}
      testId="logs-import"
    >
      Import logs…
    </FilePickerButton>
  );
}
