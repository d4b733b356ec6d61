import { constants } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { filesContract } from '../../../shared/ipc/contracts/files';
import { snapshotTargets } from '../../../shared/snapshot/snapshot-targets';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { importLabel, runLogImportTask } from '../logs/log-import-task';
import type { LogsService } from '../logs/logs-service';
import type { WorkspaceService } from '../workspace/workspace-service';
import { grantedPath, nativeFiles } from './granted-paths';

/** The desktop app's native files: dialogs, and imports and exports by granted path. */
export function filesHandlers(ctx: CoreContext, logs: LogsService, workspaceService: WorkspaceService): FeatureHandlers<keyof typeof filesContract> {
  const { platform } = ctx;
  return {
    'files:pickOpen': async ({ purpose, multiple }) => ({ files: await nativeFiles(platform).pickOpen(purpose, multiple) }),
    'files:pickSave': async ({ defaultName, format }) => ({ path: await nativeFiles(platform).pickSave(defaultName, format) }),
    'logs:importPaths': async ({ taskId, paths }) => {
      const files = paths.map((p) => grantedPath(platform, p, 'read'));
      return runLogImportTask(ctx, taskId, importLabel(files.map((f) => path.basename(f))), (onProgress) => logs.importPaths(taskId, files, onProgress));
    },
    'logs:exportPath': async ({ path: file, filter, sort, format }) => ({ rows: logs.exportToFile(grantedPath(platform, file, 'write'), filter, sort, format) }),
    'snapshot:inspectPath': async ({ path: file }) => snapshotTargets(readSnapshotFile(grantedPath(platform, file, 'read'))),
    'snapshot:importPath': async ({ path: file }) => {
      const text = readSnapshotFile(grantedPath(platform, file, 'read'));
      const summary = workspaceService.importText(text, path.basename(file));
      ctx.events.emit({ type: 'workspace:changed', tenantId: summary.tenantId });
      return summary;
    },
  };
}

/** A snapshot is one JSON document validated as a whole, so it is read whole, here in the core, never over IPC. */
function readSnapshotFile(file: string): string {
  try {
    // Checked before reading: a file larger than the longest string V8 can hold cannot be one JSON text.
    if (fs.statSync(file).size > constants.MAX_STRING_LENGTH) {
      throw new AppError('PAYLOAD_TOO_LARGE', `${path.basename(file)} was not imported: a snapshot is read as one JSON document, and this one is larger than the ${Math.floor(constants.MAX_STRING_LENGTH / 1048576)} MB that can be. Export the tenant one app at a time instead.`);
    }
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('IO_ERROR', `${path.basename(file)} was not imported: ${code === 'ENOENT' ? 'it no longer exists' : 'it cannot be read'}.`);
  }
}
