import { AppError } from '../../../shared/errors';
import type { Platform } from '../platform';

/**
 * The path, when the desktop app's main process granted it for this use (picked in its dialog or
 * dropped onto its window). Anything else is refused: browser mode and the CLI have no grants, and a
 * renderer cannot make the core read or write a file the admin did not choose.
 */
export function grantedPath(platform: Platform, path: string, use: 'read' | 'write'): string {
  if (!platform.files) {
    throw new AppError('FORBIDDEN', 'Files are opened by path only in the desktop app; here the file is uploaded instead.');
  }
  if (!platform.files.isGranted(path, use)) {
    throw new AppError('FORBIDDEN', `${use === 'read' ? 'Open' : 'Save'} the file through the app's file dialog${use === 'read' ? ' or drop it onto the window' : ''}: other paths are refused.`);
  }
  return path;
}

/** The platform's native dialogs, or FORBIDDEN where there are none (browser mode, CLI). */
export function nativeFiles(platform: Platform): NonNullable<Platform['files']> {
  if (!platform.files) throw new AppError('FORBIDDEN', 'Native file dialogs exist only in the desktop app.');
  return platform.files;
}
