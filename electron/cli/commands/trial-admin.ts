import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from '../cli-context';
import { textTable } from './logs-output';
import { parseScimUrl, whereFrom, WHERE_OPTIONS } from './trial-args';
import { openTrialWorkspace, type TrialWorkspace } from './trial-workspace';

type TargetRef = { kind: 'local' } | { kind: 'url'; baseUrl: string };

function targetRef(url: string | undefined): TargetRef {
  if (url === undefined) return { kind: 'local' };
  parseScimUrl(url);
  return { kind: 'url', baseUrl: url };
}

async function state(ws: TrialWorkspace, target: TargetRef, json: boolean, io: CliIO): Promise<number> {
  const view = await ws.core.handlers['trial:state']({ tenantId: ws.tenant.id, appId: ws.app.id, target });
  if (json) return io.out(JSON.stringify(view, null, 2)), 0;
  const where = target.kind === 'local' ? `the local endpoint (${view.profileId ?? 'generic'})` : view.targetKey;
  io.out(`Entra's links for ${ws.app.displayName} → ${where}: ${view.links.length}`);
  if (view.links.length) {
    const rows = view.links.map((l) => [l.kind, l.displayName, l.managed ? 'yes' : 'no', l.sourceId, l.targetId, l.updatedAt.slice(0, 19).replace('T', ' ')]);
    io.out(textTable(['Kind', 'Name', 'Managed', 'Source id', 'Target id', 'Updated (UTC)'], rows, 60));
  }
  return 0;
}

async function reset(ws: TrialWorkspace, target: TargetRef, keepTarget: boolean, json: boolean, io: CliIO): Promise<number> {
  const result = await ws.core.handlers['trial:resetState']({ tenantId: ws.tenant.id, appId: ws.app.id, target, clearLocalTarget: !keepTarget });
  if (json) return io.out(JSON.stringify(result, null, 2)), 0;
  const endpoint = result.targetCleared ? ' and emptied its local endpoint' : target.kind === 'url' ? ' (objects in the service are left as they are)' : ' (the local endpoint keeps its objects)';
  io.out(`Forgot ${result.links} link(s) of ${ws.app.displayName}${endpoint}. The next trial starts over.`);
  return 0;
}

async function runs(ws: TrialWorkspace, limit: number, json: boolean, io: CliIO): Promise<number> {
  const list = await ws.core.handlers['trial:runs']({ tenantId: ws.tenant.id, appId: ws.app.id, limit });
  if (json) return io.out(JSON.stringify(list, null, 2)), 0;
  if (!list.length) return io.out(`No trial runs of ${ws.app.displayName} kept.`), 0;
  const rows = list.map((r) => [r.startedAt.slice(0, 19).replace('T', ' '), r.scenario, `${r.subjectKind} ${r.subjectName}`, r.status, r.verdict, r.targetKey, r.id]);
  io.out(textTable(['Started (UTC)', 'Scenario', 'Subject', 'Status', 'Verdict', 'Target', 'Id'], rows, 60));
  return 0;
}

/** `pwb trial state|reset|runs --app …`: Entra's links for the app and target, forgetting them, and the runs kept. */
export async function trialAdminCommand(verb: 'state' | 'reset' | 'runs', args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...WHERE_OPTIONS, 'scim-url': { type: 'string' }, 'keep-target': { type: 'boolean' }, limit: { type: 'string' } },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const where = whereFrom(values, `trial ${verb}`);
  if (values['keep-target'] && verb !== 'reset') throw new UsageError('--keep-target goes with trial reset.');
  if (values.limit !== undefined && verb !== 'runs') throw new UsageError('--limit goes with trial runs.');
  if (values['scim-url'] !== undefined && verb === 'runs') throw new UsageError('trial runs lists the runs of every target; it takes no --scim-url.');
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(`--limit must be a whole number from 1 to 500, not "${values.limit}".`);
  const target = targetRef(values['scim-url']);
  const ws = await openTrialWorkspace(io, where);
  const json = where.format === 'json';
  try {
    if (verb === 'state') return await state(ws, target, json, io);
    if (verb === 'reset') return await reset(ws, target, values['keep-target'] ?? false, json, io);
    return await runs(ws, limit, json, io);
  } finally {
    await ws.core.close();
  }
}
