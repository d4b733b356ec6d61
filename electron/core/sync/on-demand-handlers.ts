import type { onDemandContract } from '../../../shared/ipc/contracts/onDemand';
import type { AuthService } from '../auth/auth-service';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { createGraphClient } from '../graph/graph-client';
import { OnDemandService, type OnDemandGraph } from './on-demand-service';

/** The signed-in account of a tenant, and a Graph client that asks for its write token (Synchronization.ReadWrite.All). */
export function signedInOnDemandGraph(auth: AuthService, ctx: Pick<CoreContext, 'logger'>): OnDemandGraph {
  const accountOf = async (tenantId: string) => (await auth.accounts()).filter((a) => a.tenantId === tenantId).sort((a, b) => Number(b.write) - Number(a.write) || Number(b.active) - Number(a.active))[0];
  return {
    account: async (tenantId) => {
      const account = await accountOf(tenantId);
      return { signedIn: !!account, write: account?.write ?? false, name: account?.username ?? null };
    },
    client: async (tenantId) => {
      const account = await accountOf(tenantId);
      const id = account?.homeAccountId;
      return createGraphClient({
        baseUrl: auth.graphBaseUrl(id),
        getAccessToken: (request) => auth.getAccessToken(id, { write: true, forceRefresh: request?.forceRefresh ?? false }),
        logger: ctx.logger.child('graph'),
        // One write: a 429 is retried with Retry-After; a dead Graph fails within minutes, not 20.
        retryDeadlineMs: 5 * 60_000,
      });
    },
  };
}

/** Predicted vs actual's share of the contract. */
export function onDemandHandlers(ctx: CoreContext, auth: AuthService): FeatureHandlers<keyof typeof onDemandContract> {
  const service = new OnDemandService(ctx.workspace, signedInOnDemandGraph(auth, ctx), { now: ctx.now, appVersion: ctx.version });
  return {
    'onDemand:check': async ({ tenantId, appId }) => service.check(tenantId, appId),
    'onDemand:run': async (request) => service.run(request),
    'onDemand:runs': async ({ tenantId, appId, limit }) => service.list(tenantId, appId, limit),
    'onDemand:get': async ({ runId }) => service.get(runId),
  };
}
