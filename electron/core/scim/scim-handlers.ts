import type { scimContract } from '../../../shared/ipc/contracts/scim';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { ScimEndpointService } from './scim-endpoint-service';

/** The local SCIM endpoint's share of the contract; the endpoint stops when the core closes. */
export function scimHandlers(ctx: CoreContext, options: { nativeBinding?: string } = {}): FeatureHandlers<keyof typeof scimContract> {
  const service = new ScimEndpointService({
    dataDir: ctx.platform.dataDir,
    secrets: ctx.platform.secrets,
    logger: ctx.logger.child('scim'),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  ctx.onClose(() => service.dispose());
  return {
    'scim:status': async () => service.status(),
    'scim:profiles': async () => service.profiles(),
    'scim:start': async ({ port, profileId }) => service.start({ port, profileId }),
    'scim:stop': async () => service.stop(),
    'scim:revealToken': async () => service.revealToken(),
    'scim:regenerateToken': async () => service.regenerateToken(),
    'scim:log': async (request) => service.log(request),
    'scim:logEntry': async ({ seq }) => service.logEntry(seq),
    'scim:resources': async ({ type, search, offset, limit }) => service.resources(type, search, offset ?? 0, limit ?? 100),
    'scim:reset': async () => service.reset(),
  };
}
