import { AppError } from '../../../shared/errors';
import type { AuthService } from '../auth/auth-service';
import { isLoopbackUrl } from '../auth/redirecting-network-client';
import type { Logger } from '../logger';
import { createGraphClient, type GraphClient } from './graph-client';

export interface GraphAccessOptions {
  /** A ready access token (`--access-token`, `PWB_ACCESS_TOKEN`, e.g. from `az account get-access-token --resource-type ms-graph`). */
  accessToken?: string | undefined;
  /** Graph's origin (`https://graph.microsoft.us`, a proxy, or `http://127.0.0.1:PORT` for a local fake). */
  graphEndpoint?: string | undefined;
  /** The sign-in to use when no token is given. */
  auth?: AuthService | undefined;
  /** Account to use (default: the active one). */
  homeAccountId?: string | undefined;
  logger?: Logger | undefined;
  maxConcurrency?: number | undefined;
}

export interface GraphAccess {
  client: GraphClient;
  /** The version root requests go to, e.g. https://graph.microsoft.com/v1.0. */
  baseUrl: string;
  /** Cloud name when known from the sign-in. */
  cloud: string | undefined;
}

/**
 * A Graph endpoint as given by the admin: an https origin (optionally with /v1.0), or plain http only
 * on the loopback interface, so a token never crosses the network unencrypted.
 */
export function graphBaseUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new AppError('BAD_REQUEST', `The Graph endpoint "${endpoint}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(endpoint))) {
    throw new AppError('BAD_REQUEST', 'The Graph endpoint must use https (plain http is accepted only on 127.0.0.1 for testing).');
  }
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${/\/(v1\.0|beta)$/.test(path) ? path : `${path}/v1.0`}`;
}

/** A Graph client from an explicit token or the signed-in account. The token itself never leaves here. */
export function openGraph(options: GraphAccessOptions): GraphAccess {
  const common = { ...(options.logger ? { logger: options.logger } : {}), ...(options.maxConcurrency ? { maxConcurrency: options.maxConcurrency } : {}) };
  const token = options.accessToken?.trim();
  if (token) {
    const baseUrl = graphBaseUrl(options.graphEndpoint ?? 'https://graph.microsoft.com');
    return { client: createGraphClient({ baseUrl, getAccessToken: async () => token, ...common }), baseUrl, cloud: undefined };
  }
  const auth = options.auth;
  if (!auth) throw new AppError('FORBIDDEN', 'Not signed in: sign in first, or pass an access token.');
  const baseUrl = options.graphEndpoint ? graphBaseUrl(options.graphEndpoint) : auth.graphBaseUrl(options.homeAccountId);
  const client = createGraphClient({ baseUrl, getAccessToken: (request) => auth.getAccessToken(options.homeAccountId, { forceRefresh: request?.forceRefresh ?? false }), ...common });
  return { client, baseUrl, cloud: auth.cloudNameOf(options.homeAccountId) };
}
