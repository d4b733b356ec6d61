import type { appsContract } from '../../../shared/ipc/contracts/apps';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { AppsService } from './apps-service';

/** Handlers for the cached apps: the list, overview, assignments and mappings. */
export function appsHandlers(ctx: CoreContext): FeatureHandlers<keyof typeof appsContract> {
  const apps = new AppsService(ctx.workspace);
  return {
    'apps:list': async ({ tenantId, search }) => apps.list(tenantId, search),
    'apps:overview': async ({ tenantId, appId }) => apps.overview(tenantId, appId),
    'apps:assignments': async ({ tenantId, appId }) => apps.assignments(tenantId, appId),
    'apps:mappings': async ({ tenantId, appId }) => apps.mappings(tenantId, appId),
  };
}
