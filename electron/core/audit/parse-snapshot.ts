import { AppError } from '../../../shared/errors';
import type { Snapshot } from '../../../shared/snapshot/schema';
import { parseSnapshot } from '../../../shared/snapshot/validate';

/** Validates a snapshot file's text or throws INVALID_SNAPSHOT with every problem and its JSON path. */
export function parseSnapshotText(text: string, fileName: string): Snapshot {
  const parsed = parseSnapshot(text);
  if (!parsed.ok) {
    throw new AppError(
      'INVALID_SNAPSHOT',
      `${fileName} is not a valid snapshot file.`,
      parsed.problems.map((p) => ({ path: p.path, message: p.message })),
    );
  }
  return parsed.snapshot;
}
