import type { tenantContract } from '../../../shared/ipc/contracts/tenant';
import type { FeatureHandlers } from '../core-context';
import type { TenantService } from './tenant-service';

export function tenantHandlers(tenants: TenantService): FeatureHandlers<keyof typeof tenantContract> {
  return {
    'tenant:status': () => tenants.status(),
    'tenant:refresh': (request) => tenants.refresh(request),
    'tenant:cancel': async ({ taskId }) => ({ cancelled: tenants.cancel(taskId) }),
  };
}
