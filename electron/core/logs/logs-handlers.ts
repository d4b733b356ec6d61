import type { logsContract } from '../../../shared/ipc/contracts/logs';
import type { AuthService } from '../auth/auth-service';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { openGraph } from '../graph/graph-access';
import { importLabel, runLogImportTask } from './log-import-task';
import type { LogsService } from './logs-service';
import { pwbEnvironment } from '../config';

/** IPC handlers of the provisioning-log viewer. */
export function logsHandlers(ctx: CoreContext, logs: LogsService, auth?: AuthService): FeatureHandlers<keyof typeof logsContract> {
  return {
    'logs:query': async ({ filter, sort, offset, limit }) => ({ items: logs.reads.page(filter, sort, offset, limit) }),
    'logs:counts': async ({ filter }) => logs.reads.counts(filter),
    'logs:stats': async ({ filter, by, limit }) => logs.reads.stats(filter, by, limit),
    'logs:cycles': async ({ filter, offset, limit }) => logs.reads.cycles(filter, offset, limit),
    'logs:detail': async ({ id }) => logs.detail(id),
    'logs:apps': async () => logs.reads.apps(),
    'logs:export': async ({ filter, sort, format }) => logs.exportText(filter, sort, format),
    'logs:import': async ({ taskId, files }) =>
      runLogImportTask(ctx, taskId, importLabel(files.map((f) => f.fileName)), (onProgress) => logs.importTexts(taskId, files, onProgress)),
    'logs:pull': async ({ taskId, since, app }) => {
      const access = openGraph({ auth, graphEndpoint: pwbEnvironment().graphEndpoint, logger: ctx.logger.child('graph') });
      const label = 'Pulling provisioning logs from Microsoft Graph';
      const summary = await logs.pull(taskId, access.client, {
        ...(since ? { since } : {}),
        ...(app ? { app } : {}),
        // The China (21Vianet) cloud has no provisioning-log API: said before any call.
        cloud: access.cloud,
        onProgress: (p) => ctx.events.emit({ type: 'progress', taskId, label, done: p.added + p.duplicates, total: null, finished: false }),
      });
      ctx.events.emit({ type: 'progress', taskId, label, done: summary.added + summary.duplicates, total: summary.added + summary.duplicates, finished: true });
      if (summary.added > 0) ctx.events.emit({ type: 'workspace:changed', tenantId: '' });
      return summary;
    },
    'logs:cancel': async ({ taskId }) => ({ cancelled: logs.cancel(taskId) }),
  };
}
