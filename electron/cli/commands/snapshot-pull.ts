import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { serializeSnapshot } from '../../../shared/snapshot/validate';
import type { GraphAccess } from '../../core/graph/graph-access';
import { isGraphError } from '../../core/graph/graph-error';
import { refreshTenant } from '../../core/tenant/refresh-tenant';
import { listServicePrincipals } from '../../core/tenant/read-service-principals';
import { readTenant } from '../../core/tenant/tenant-reader';
import { UsageError, type CliIO } from '../cli-context';
import { openCore } from '../open-core';
import { GRAPH_OPTIONS, openCliGraph, warnIfStaticToken } from './graph-options';

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
