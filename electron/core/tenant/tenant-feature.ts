import type { tenantContract } from '../../../shared/ipc/contracts/tenant';
import type { AuthService } from '../auth/auth-service';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { tenantHandlers } from './tenant-handlers';
import { TenantService } from './tenant-service';

/** The tenant reader for one core, reading Graph as the signed-in account; its reads stop when the core closes. */
export function createTenantFeature(ctx: CoreContext, auth: AuthService): { tenants: TenantService; handlers: FeatureHandlers<keyof typeof tenantContract> } {
  const tenants = new TenantService(ctx, auth);
  ctx.onClose(() => tenants.cancelAll());
  return { tenants, handlers: tenantHandlers(tenants) };
}
