import { AppError } from '../../../shared/errors';
import { LA_CLOUDS, type LaCloudName } from '../../../shared/loganalytics/la-clouds';
import { isLoopbackUrl } from '../auth/redirecting-network-client';

/**
 * The query API origin and token scope for a workspace: the cloud's, or an explicit endpoint (a
 * proxy, or plain http on 127.0.0.1 only for the local fake, so a token never crosses a network
 * unencrypted). An explicit endpoint keeps its cloud's scope.
 */
export function laEndpoint(cloud: LaCloudName, override?: string): { endpoint: string; scope: string } {
  const known = LA_CLOUDS[cloud];
  if (!override) return { endpoint: known.endpoint, scope: known.scope };
  let url: URL;
  try {
    url = new URL(override);
  } catch {
    throw new AppError('BAD_REQUEST', `The Log Analytics endpoint "${override}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(override))) {
    throw new AppError('BAD_REQUEST', 'The Log Analytics endpoint must use https (plain http is accepted only on 127.0.0.1 for testing).');
  }
  return { endpoint: `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '')}`, scope: known.scope };
}
