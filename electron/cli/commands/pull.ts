import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { serializeSnapshot } from '../../../shared/snapshot/validate';
import { openGraph, type GraphAccess } from '../../core/graph/graph-access';
import { isGraphError } from '../../core/graph/graph-error';
import { staticTokenWarning } from '../../core/graph/static-token';
import { refreshTenant } from '../../core/tenant/refresh-tenant';
import { listServicePrincipals } from '../../core/tenant/read-service-principals';
import { readTenant } from '../../core/tenant/tenant-reader';
import { UsageError, type CliIO } from '../cli-context';
import { openCore } from '../open-core';
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
  const graphEndpoint = values['graph-endpoint'] ?? (io.env.PWB_GRAPH_ENDPOINT || undefined);
  return openGraph({ accessToken, graphEndpoint, auth: accessToken ? undefined : createCliAuth(io, values['data-dir']) });
}

/** The static token a Graph-reading command was given (`--access-token` or PWB_ACCESS_TOKEN), if any. */
export function staticAccessToken(io: CliIO, values: { 'access-token'?: string | undefined }): string | undefined {
  return (values['access-token'] ?? io.env.PWB_ACCESS_TOKEN)?.trim() || undefined;
}

/** Before a long read: one stderr line when the token is static (it cannot be refreshed and expires in about an hour). */
export function warnIfStaticToken(io: CliIO, values: { 'access-token'?: string | undefined }, now: Date = new Date()): void {
  const token = staticAccessToken(io, values);
  if (token) io.err(staticTokenWarning(token, now));
}

/** `--app NAME|ID`: an object id or appId as is; a name is looked up (exactly one app must match). */
async function resolveApp(access: GraphAccess, app: string): Promise<string> {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(app)) {
    for (const path of [`/servicePrincipals/${app}?$select=id`, `/servicePrincipals(appId='${app}')?$select=id`]) {
      try {
        return (await access.client.get<{ id: string }>(path)).id;
      } catch (error) {
        if (!(isGraphError(error) && error.status === 404)) throw error;
      }
    }
    throw new AppError('NOT_FOUND', `No enterprise app has the object id or appId ${app}.`);
  }
  const found = await listServicePrincipals(access.client, { search: app });
  const exact = found.filter((sp) => (sp.displayName ?? '').toLowerCase() === app.toLowerCase());
  const candidates = exact.length ? exact : found;
  if (candidates.length === 1 && candidates[0]) return candidates[0].id;
  if (candidates.length === 0) throw new AppError('NOT_FOUND', `No enterprise app is named "${app}".`);
  throw new AppError('BAD_REQUEST', `"${app}" matches ${candidates.length} apps (${candidates.slice(0, 5).map((sp) => sp.displayName).join(', ')}); pass its id instead.`);
}

/** `pwb snapshot pull --app NAME|ID [--out FILE] [--save]` */
export async function snapshotPull(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { app: { type: 'string' }, out: { type: 'string' }, save: { type: 'boolean' }, ...GRAPH_OPTIONS },
  });
  if (positionals.length) throw new UsageError('pull takes no positional arguments; use --out FILE.');
  if (!values.app) throw new UsageError('pull needs --app NAME|ID.');
  const access = openCliGraph(io, values);
  warnIfStaticToken(io, values);
  const appId = await resolveApp(access, values.app);
  const options = { appIds: [appId], cloud: access.cloud, onProgress: () => undefined };
  let json: string;
  if (values.save) {
    const core = await openCore(io, values['data-dir']);
    try {
      const result = await refreshTenant(core.workspace, access.client, options);
      io.err(`Saved to the workspace: ${result.tenantName}, ${result.apps} app(s), ${result.users} user(s), ${result.groups} group(s).`);
      json = (await core.handlers['snapshot:export']({ tenantId: result.tenantId, appId })).json;
    } finally {
      await core.close();
    }
  } else {
    json = serializeSnapshot((await readTenant(access.client, options)).snapshot);
  }
  if (values.out) {
    fs.writeFileSync(values.out, json.endsWith('\n') ? json : json + '\n');
    io.err(`Wrote ${values.out}.`);
  } else {
    io.out(json);
  }
  return 0;
}
