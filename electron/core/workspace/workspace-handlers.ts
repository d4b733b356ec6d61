import type { workspaceContract } from '../../../shared/ipc/contracts/workspace';
import type { CoreContext, FeatureHandlers } from '../core-context';
import type { WorkspaceService } from './workspace-service';

/** Handlers for app info, tenants and snapshots. */
export function workspaceHandlers(ctx: CoreContext, workspaceService: WorkspaceService): FeatureHandlers<keyof typeof workspaceContract> {
  return {
    'app:info': async () => ({
      name: 'Provisioning Workbench',
      version: ctx.version,
      mode: ctx.platform.mode === 'electron' ? 'electron' : 'browser',
      dataDir: ctx.platform.dataDir,
      workspacePath: ctx.workspaceFile,
      platform: process.platform,
    }),
    'tenants:list': async () => workspaceService.tenants(),
    'snapshot:export': async ({ tenantId, appId }) => workspaceService.export(tenantId, appId),
    'snapshot:import': async ({ fileName, text }) => {
      const summary = workspaceService.importText(text, fileName);
      ctx.events.emit({ type: 'workspace:changed', tenantId: summary.tenantId });
      return summary;
    },
  };
}
