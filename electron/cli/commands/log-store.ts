import { resolveDataDir, workspacePath } from '../../core/config';
import { WorkspaceDb } from '../../core/db/workspace-db';
import type { CliIO } from '../cli-context';

/** The workspace a logs command reads or writes: `--db FILE`, else the one in `--data-dir` (or PWB_DATA_DIR, or the default). */
export function openLogStore(values: { db?: string | undefined; 'data-dir'?: string | undefined }, io: CliIO): WorkspaceDb {
  const file = values.db ?? workspacePath(resolveDataDir({ flag: values['data-dir'], env: io.env }));
  return WorkspaceDb.open(file);
}
