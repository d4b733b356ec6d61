import { openGraph, type GraphAccess } from '../../core/graph/graph-access';
import { staticTokenWarning } from '../../core/graph/static-token';
import { pwbEnvironment } from '../../core/config';
import type { CliIO } from '../cli-context';
import { createCliAuth } from './login';

/** parseArgs options every Graph-reading command accepts. */
export const GRAPH_OPTIONS = {
  'access-token': { type: 'string' },
  'graph-endpoint': { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

/**
 * How a Graph-reading command reaches Graph: `--access-token` (or PWB_ACCESS_TOKEN) when given, else
 * the signed-in account; `--graph-endpoint` (or PWB_GRAPH_ENDPOINT) replaces the cloud's Graph host.
 */
export function openCliGraph(io: CliIO, values: { 'access-token'?: string | undefined; 'graph-endpoint'?: string | undefined; 'data-dir'?: string | undefined }): GraphAccess {
  const accessToken = staticAccessToken(io, values);
  const graphEndpoint = values['graph-endpoint'] ?? pwbEnvironment(io.env).graphEndpoint;
  return openGraph({ accessToken, graphEndpoint, auth: accessToken ? undefined : createCliAuth(io, values['data-dir']) });
}

/** The static token a Graph-reading command was given (`--access-token` or PWB_ACCESS_TOKEN), if any. */
export function staticAccessToken(io: CliIO, values: { 'access-token'?: string | undefined }): string | undefined {
  return values['access-token']?.trim() || pwbEnvironment(io.env).accessToken;
}

/** Before a long read: one stderr line when the token is static (it cannot be refreshed and expires in about an hour). */
export function warnIfStaticToken(io: CliIO, values: { 'access-token'?: string | undefined }, now: Date = new Date()): void {
  const token = staticAccessToken(io, values);
  if (token) io.err(staticTokenWarning(token, now));
}
