import type { authContract } from '../../../shared/ipc/contracts/auth';
import type { FeatureHandlers } from '../core-context';
import type { AuthService } from './auth-service';

/** `auth:*`: sign-in, accounts and settings. Responses carry account facts only, never a token. */
export function authHandlers(auth: AuthService): FeatureHandlers<keyof typeof authContract> {
  return {
    'auth:status': () => auth.status(),
    'auth:signInInteractive': (request) => auth.signInInteractive(request),
    'auth:startDeviceCode': (request) => auth.startDeviceCode(request),
    'auth:completeDeviceCode': ({ flowId }) => auth.completeDeviceCode(flowId),
    'auth:cancelSignIn': async ({ flowId }) => ({ cancelled: auth.cancelSignIn(flowId) }),
    'auth:switchAccount': async ({ homeAccountId }) => {
      await auth.switchAccount(homeAccountId);
      return auth.status();
    },
    'auth:signOut': async ({ homeAccountId }) => {
      await auth.signOut(homeAccountId);
      return auth.status();
    },
    'auth:saveSettings': async (request) => {
      auth.saveSettings(request);
      return auth.status();
    },
  };
}
