import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { AppError } from '../../../shared/errors';
import type { AuthService } from '../auth/auth-service';
import type { LaTokenOptions } from './la-client';

/**
 * A TokenCredential backed by one of our MSAL accounts: the Log Analytics scope is requested
 * silently through the same account (and its refresh token) that signed in for Graph.
 */
export function msalCredential(auth: Pick<AuthService, 'getAccessToken'>, homeAccountId?: string): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: LaTokenOptions): Promise<AccessToken> {
      let token: string;
      try {
        token = await auth.getAccessToken(homeAccountId, { scopes: Array.isArray(scopes) ? scopes : [scopes], forceRefresh: options?.forceRefresh ?? false });
      } catch (error) {
        if (!(error instanceof AppError) || /no one is signed in/i.test(error.message)) throw error;
        // Signed in for Graph, but this client may not have consent for the Log Analytics API.
        throw new AppError(
          error.code,
          `${error.message.replace(/\.?$/, '.')} Log Analytics needs the sign-in's app to be allowed the Log Analytics API (Data.Read): sign in with a client ID of your own that has it, or pass an access token from \`az account get-access-token --resource https://api.loganalytics.io\`.`,
          error.details,
        );
      }
      // MSAL refreshes before expiry itself; the client asks for a token per request.
      return { token, expiresOnTimestamp: Date.now() + 5 * 60_000 };
    },
  };
}

/** A ready access token (`--access-token`, e.g. from `az account get-access-token --resource https://api.loganalytics.io`). */
export function staticCredential(token: string): TokenCredential {
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 60 * 60_000 }) };
}
