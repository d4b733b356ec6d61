import type { workspaceContract } from '../../../shared/ipc/contracts/workspace';
import { AppsService } from '../apps/apps-service';
import type { CoreContext, FeatureHandlers } from '../core-context';
import type { WorkspaceService } from './workspace-service';

/** Handlers for app info, tenants, the cached apps and snapshots. */
export function workspaceHandlers(ctx: CoreContext, workspaceService: WorkspaceService): FeatureHandlers<keyof typeof workspaceContract> {
  const apps = new AppsService(ctx.workspace);
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
    'apps:list': async ({ tenantId, search }) => apps.list(tenantId, search),
    'apps:overview': async ({ tenantId, appId }) => apps.overview(tenantId, appId),
    'apps:assignments': async ({ tenantId, appId }) => apps.assignments(tenantId, appId),
    'apps:mappings': async ({ tenantId, appId }) => apps.mappings(tenantId, appId),
    'snapshot:export': async ({ tenantId, appId }) => workspaceService.export(tenantId, appId),
    'snapshot:import': async ({ fileName, text }) => {
      const summary = workspaceService.importText(text, fileName);
      ctx.events.emit({ type: 'workspace:changed', tenantId: summary.tenantId });
      return summary;
    },
  };
}
