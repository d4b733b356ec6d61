import type { authContract } from '../../../shared/ipc/contracts/auth';
import type { tenantContract } from '../../../shared/ipc/contracts/tenant';
import { authHandlers } from '../auth/auth-handlers';
import { AuthService } from '../auth/auth-service';
import { AppError } from '../../../shared/errors';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { tenantHandlers } from './tenant-handlers';
import { TenantService } from './tenant-service';

/**
 * Sign-in and the tenant reader, wired for one core. Interactive sign-in needs the system browser,
 * which only the desktop app opens; browser mode and the CLI sign in with a device code.
 * PWB_AUTHORITY_ENDPOINT / PWB_GRAPH_ENDPOINT point both at local fakes (loopback only) for tests.
 */
export function createSignInFeature(ctx: CoreContext, env: NodeJS.ProcessEnv = process.env): {
  auth: AuthService;
  tenants: TenantService;
  handlers: FeatureHandlers<keyof typeof authContract | keyof typeof tenantContract>;
} {
  const auth = new AuthService({
    dataDir: ctx.platform.dataDir,
    secrets: ctx.platform.secrets,
    logger: ctx.logger.child('auth'),
    openBrowser: ctx.platform.mode === 'electron' ? (url) => openForSignIn(ctx, url) : undefined,
    authorityEndpoint: env.PWB_AUTHORITY_ENDPOINT || undefined,
    graphEndpoint: env.PWB_GRAPH_ENDPOINT || undefined,
  });
  const tenants = new TenantService(ctx, auth);
  ctx.onClose(() => tenants.cancelAll());
  return { auth, tenants, handlers: { ...authHandlers(auth), ...tenantHandlers(tenants) } };
}

async function openForSignIn(ctx: CoreContext, url: string): Promise<void> {
  try {
    await ctx.platform.openExternal(url);
  } catch (error) {
    ctx.logger.warn('could not open the system browser for sign-in', { host: new URL(url).hostname, error: error instanceof Error ? error.message : String(error) });
    throw new AppError('FORBIDDEN', 'The system browser could not be opened for sign-in. Sign in with a device code instead.');
  }
}
