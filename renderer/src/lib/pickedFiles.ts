import { MAX_UI_IMPORT_CHARS } from '../../../shared/ipc/contracts/logs';
import type { GrantedFile } from '../../../shared/ipc/contracts/files';
import type { ResultError } from '../../../shared/ipc/result';

/** Files the admin chose: by path in the desktop app (read from disk by the core), uploaded in browser mode. */
export type PickedFiles = { kind: 'paths'; files: GrantedFile[] } | { kind: 'uploads'; files: File[] };

/** The largest upload, all files together: the browser-mode host caps a request at 64 MB. The desktop app has no cap. */
export const MAX_UPLOAD_BYTES = MAX_UI_IMPORT_CHARS;

/** Why these uploads are refused (too large, with the command that takes any size), or null. */
export function uploadTooLarge(files: ReadonlyArray<{ size: number }>, cliCommand: string): ResultError | null {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= MAX_UPLOAD_BYTES) return null;
  const what = files.length === 1 ? 'This file holds' : 'These files hold';
  return {
    code: 'PAYLOAD_TOO_LARGE',
    message: `${what} ${(total / 1048576).toFixed(0)} MB; up to ${MAX_UPLOAD_BYTES / 1048576} MB can be uploaded in browser mode. The desktop app opens files of any size, and \`${cliCommand}\` imports any size from a terminal.`,
  };
}

/** The names of the picked files, for labels and messages. */
export function pickedNames(picked: PickedFiles): string[] {
  return picked.files.map((f) => f.name);
}
