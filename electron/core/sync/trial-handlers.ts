import type { trialContract } from '../../../shared/ipc/contracts/trial';
import type { CoreContext, FeatureHandlers } from '../core-context';
import type { LogsService } from '../logs/logs-service';
import { LocalTargets } from './local-targets';
import { TrialService } from './trial-service';

/** Trial sync's share of the contract; the apps' local endpoints stop when the core closes. */
export function trialHandlers(ctx: CoreContext, logs: LogsService, options: { nativeBinding?: string } = {}): FeatureHandlers<keyof typeof trialContract> {
  const targets = new LocalTargets(ctx.platform.dataDir, ctx.logger.child('trial'), options.nativeBinding);
  ctx.onClose(() => targets.dispose());
  const service = new TrialService(ctx.workspace, logs, targets, ctx.now);
  return {
    'trial:subjects': async ({ tenantId, appId, search, kind, limit }) => service.subjects(tenantId, appId, search, kind, limit),
    'trial:groupMembers': async ({ tenantId, appId, groupId }) => service.groupMembers(tenantId, appId, groupId),
    'trial:source': async ({ tenantId, appId, kind, objectId }) => service.source(tenantId, appId, kind, objectId),
    'trial:run': async (request) => service.run(request),
    'trial:runs': async ({ tenantId, appId, limit }) => service.runs(tenantId, appId, limit),
    'trial:getRun': async ({ runId }) => service.getRun(runId),
    'trial:clearRuns': async ({ tenantId, appId }) => service.clearRuns(tenantId, appId),
    'trial:state': async ({ tenantId, appId, target }) => service.state(tenantId, appId, target),
    'trial:resetState': async ({ tenantId, appId, target, clearLocalTarget }) => service.resetState(tenantId, appId, target, clearLocalTarget),
    'trial:targetObject': async ({ tenantId, appId, kind, objectId }) => service.targetObject(tenantId, appId, kind, objectId),
  };
}
