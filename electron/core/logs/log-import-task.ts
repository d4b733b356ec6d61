import type { LogImportSummary } from '../../../shared/logs/log-dto';
import type { CoreContext } from '../core-context';
import type { ImportProgress } from './log-file-import';

/** Progress events at most this often: a file import reports after every batch. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Runs one log import as a UI task: throttled progress events (records so far, and how much of the
 * file is read when its size is known), a final event, and a workspace change when records were
 * added. Uploads and files opened by path both go through here.
 */
export async function runLogImportTask<S extends LogImportSummary>(
  ctx: CoreContext,
  taskId: string,
  label: string,
  run: (onProgress: (progress: ImportProgress) => void) => Promise<S>,
): Promise<S> {
  let last = 0;
  const summary = await run((p) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    const read = p.bytesTotal > 0 ? ` (${Math.floor((100 * p.bytesRead) / p.bytesTotal)}% of ${p.fileCount > 1 ? `file ${p.fileIndex} of ${p.fileCount}` : 'the file'} read)` : '';
    ctx.events.emit({ type: 'progress', taskId, label: `${label}${read}`, done: p.added + p.duplicates + p.rejected, total: null, finished: false });
  });
  const done = summary.added + summary.duplicates + summary.rejected;
  ctx.events.emit({ type: 'progress', taskId, label, done, total: done, finished: true });
  if (summary.added > 0) ctx.events.emit({ type: 'workspace:changed', tenantId: '' });
  return summary;
}

/** "Importing audit.json", or "Importing 3 files". */
export function importLabel(names: readonly string[]): string {
  return `Importing ${names.length === 1 ? names[0] : `${names.length} files`}`;
}
