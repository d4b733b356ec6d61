import type { logAnalyticsContract } from '../../../shared/ipc/contracts/logAnalytics';
import type { AuthService } from '../auth/auth-service';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { LogAnalyticsService } from './la-service';
import { pwbEnvironment } from '../config';

/** IPC handlers of Log Analytics in place. The endpoint and token may come from the environment (tests, proxies). */
export function logAnalyticsHandlers(ctx: CoreContext, auth?: AuthService): FeatureHandlers<keyof typeof logAnalyticsContract> {
  let throttleNote: ((waitMs: number) => void) | undefined;
  const service = new LogAnalyticsService({
    dataDir: ctx.platform.dataDir,
    workspace: ctx.workspace,
    auth,
    accessToken: pwbEnvironment().logAnalyticsToken,
    endpoint: pwbEnvironment().logAnalyticsEndpoint,
    now: ctx.now,
    onThrottle: ({ waitMs }) => throttleNote?.(waitMs),
  });
  return {
    'logAnalytics:status': async () => ({ connection: service.status() }),
    'logAnalytics:connect': async ({ workspaceId, cloud }) => service.connect(workspaceId, cloud as Parameters<LogAnalyticsService['connect']>[1]),
    'logAnalytics:disconnect': async () => ({ disconnected: service.disconnect() }),
    'logAnalytics:summary': async ({ filter, by, limit }) => service.summary(filter, by, limit),
    'logAnalytics:history': async ({ filter, subjectId, limit }) => service.history(filter, subjectId, limit),
    'logAnalytics:pull': async ({ taskId, filter }) => {
      const label = 'Pulling from Log Analytics';
      let total: number | null = null;
      let done = 0;
      throttleNote = (waitMs) => ctx.events.emit({ type: 'progress', taskId, label: `Log Analytics is throttling; retrying in ${Math.ceil(waitMs / 1000)} s`, done, total, finished: false });
      try {
        const summary = await service.pull(taskId, {
          filter,
          onProgress: (p) => {
            total = p.expected;
            done = p.rows;
            ctx.events.emit({ type: 'progress', taskId, label: `${label} (window ${p.windowsDone} of ${p.windows})`, done, total, finished: false });
          },
        });
        ctx.events.emit({ type: 'progress', taskId, label, done: summary.rows, total: summary.rows, finished: true });
        if (summary.added > 0) ctx.events.emit({ type: 'workspace:changed', tenantId: '' });
        return summary;
      } finally {
        throttleNote = undefined;
      }
    },
    'logAnalytics:cancel': async ({ taskId }) => ({ cancelled: service.cancel(taskId) }),
  };
}
