import type { forecastContract } from '../../../shared/ipc/contracts/forecast';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { ForecastService } from './forecast-service';
import { LocalTargets } from './local-targets';

/** Before rollout's share of the contract: forecasts with progress events and Cancel, Test Connection and the probe. */
export function forecastHandlers(ctx: CoreContext, options: { nativeBinding?: string } = {}): FeatureHandlers<keyof typeof forecastContract> {
  // The app's local endpoint, opened on the same store file trial sync uses (SQLite WAL: both see one state).
  const targets = new LocalTargets(ctx.platform.dataDir, ctx.logger.child('forecast'), options.nativeBinding);
  ctx.onClose(() => targets.dispose());
  const service = new ForecastService(ctx.workspace, targets, ctx.now);
  return {
    'forecast:run': async ({ tenantId, appId, taskId, target, dialect, legacyDefaultAccess }) => {
      const label = 'Forecasting the first cycle';
      let last = 0;
      const summary = await service.runSummary({
        tenantId,
        appId,
        taskId,
        target,
        ...(dialect ? { dialect } : {}),
        ...(legacyDefaultAccess !== undefined ? { legacyDefaultAccess } : {}),
        onProgress: (p) => {
          const now = Date.now();
          if (now - last < 100 && p.done !== p.total) return;
          last = now;
          ctx.events.emit({ type: 'progress', taskId, label, done: p.done, total: p.total, finished: false });
        },
      });
      ctx.events.emit({ type: 'progress', taskId, label, done: summary.totals.objects, total: summary.totals.objects, finished: true });
      return summary;
    },
    'forecast:latest': async ({ tenantId, appId }) => service.latest(tenantId, appId),
    'forecast:rows': async ({ forecastId, filter, offset, limit }) => service.rows(forecastId, filter, offset, limit),
    'forecast:object': async ({ forecastId, kind, objectId }) => service.object(forecastId, kind, objectId),
    'forecast:cancel': async ({ taskId }) => ({ cancelled: service.cancel(taskId) }),
    'scimCheck:run': async (request) => service.check(request),
  };
}
