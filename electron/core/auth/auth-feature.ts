import type { authContract } from '../../../shared/ipc/contracts/auth';
import { AppError } from '../../../shared/errors';
import { pwbEnvironment } from '../config';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { authHandlers } from './auth-handlers';
import { AuthService } from './auth-service';

/**
 * Sign-in, wired for one core. Interactive sign-in needs the system browser, which only the desktop
 * app opens; browser mode and the CLI sign in with a device code. PWB_AUTHORITY_ENDPOINT /
 * PWB_GRAPH_ENDPOINT point both at local fakes (loopback only) for tests.
 */
export function createAuthFeature(ctx: CoreContext, env: NodeJS.ProcessEnv = process.env): { auth: AuthService; handlers: FeatureHandlers<keyof typeof authContract> } {
  const { authorityEndpoint, graphEndpoint } = pwbEnvironment(env);
  const auth = new AuthService({
    dataDir: ctx.platform.dataDir,
    secrets: ctx.platform.secrets,
    logger: ctx.logger.child('auth'),
    openBrowser: ctx.platform.mode === 'electron' ? (url) => openForSignIn(ctx, url) : undefined,
    authorityEndpoint,
    graphEndpoint,
  });
  return { auth, handlers: authHandlers(auth) };
}

async function openForSignIn(ctx: CoreContext, url: string): Promise<void> {
  try {
    await ctx.platform.openExternal(url);
  } catch (error) {
    ctx.logger.warn('could not open the system browser for sign-in', { host: new URL(url).hostname, error: error instanceof Error ? error.message : String(error) });
    throw new AppError('FORBIDDEN', 'The system browser could not be opened for sign-in. Sign in with a device code instead.');
  }
}
