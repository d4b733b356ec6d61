import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { OnDemandRunView } from '../../../shared/ipc/contracts/onDemand';
import { MAX_GROUP_MEMBERS } from '../../../shared/sync';
import { graphBaseUrl } from '../../core/graph/graph-access';
import { createGraphClient } from '../../core/graph/graph-client';
import { signedInOnDemandGraph } from '../../core/sync/on-demand-handlers';
import { OnDemandService, type OnDemandGraph } from '../../core/sync/on-demand-service';
import { UsageError, type CliIO } from '../cli-context';
import { createCliAuth } from './login';
import { GRAPH_OPTIONS, staticAccessToken } from './graph-options';
import { parseScimUrl, WHERE_OPTIONS, whereFrom, type Where } from './trial-args';
import { openTrialWorkspace } from './trial-workspace';
import { resolveMembers, resolveSubject } from './trial-subjects';
import { pwbEnvironment } from '../../core/config';

const OPTIONS = {
  ...WHERE_OPTIONS,
  ...GRAPH_OPTIONS,
  'compare-on-demand': { type: 'boolean' },
  user: { type: 'string' },
  group: { type: 'string' },
  member: { type: 'string', multiple: true },
  'scim-url': { type: 'string' },
  token: { type: 'string' },
  yes: { type: 'boolean' },
} as const;

/** Trial options that have no meaning for provision on demand, and why. */
const NOT_ON_DEMAND: Record<string, string> = {
  scenario: 'provision on demand runs the source as it is now (the first scenario)',
  set: 'provision on demand runs the source as it is now',
  dialect: 'provision on demand ignores aadOptscim062020, so the prediction always uses the default dialect',
  'dry-run': 'provision on demand always writes to the real app',
  local: 'Entra provisions the real app, not the local endpoint; the prediction runs against an empty target, or --scim-url with GETs only',
  profile: 'the prediction does not use the local endpoint',
};

export interface OnDemandArgs extends Where {
  subject: { kind: 'User' | 'Group'; ref: string; members: string[] };
  target: { kind: 'empty' } | { kind: 'url'; baseUrl: string; token: string };
  yes: boolean;
  accessToken: string | undefined;
  graphEndpoint: string | undefined;
}

export function parseOnDemandArgs(args: string[], io: CliIO): OnDemandArgs {
  for (const name of Object.keys(NOT_ON_DEMAND)) {
    if (args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`))) throw new UsageError(`--${name} does not go with --compare-on-demand: ${NOT_ON_DEMAND[name]}.`);
  }
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const where = whereFrom(values, 'trial --compare-on-demand');
  if ((values.user === undefined) === (values.group === undefined)) throw new UsageError('--compare-on-demand needs --user UPN|ID or --group NAME|ID (one of them).');
  const members = values.member ?? [];
  if (members.length && values.group === undefined) throw new UsageError('--member goes with --group.');
  if (new Set(members.map((m) => m.toLowerCase())).size > MAX_GROUP_MEMBERS) throw new UsageError(`provision on demand takes at most ${MAX_GROUP_MEMBERS} members of a group; ${members.length} were given.`);
  let target: OnDemandArgs['target'] = { kind: 'empty' };
  if (values['scim-url'] !== undefined) {
    parseScimUrl(values['scim-url']);
    const token = values.token ?? pwbEnvironment(io.env).scimToken;
    if (!token) throw new UsageError('--scim-url needs the service\'s bearer token: --token T or PWB_SCIM_TOKEN.');
    target = { kind: 'url', baseUrl: values['scim-url'], token };
  } else if (values.token !== undefined) throw new UsageError('--token goes with --scim-url URL.');
  return {
    ...where,
    subject: values.user !== undefined ? { kind: 'User', ref: values.user, members: [] } : { kind: 'Group', ref: values.group!, members },
    target,
    yes: values.yes ?? false,
    accessToken: staticAccessToken(io, values),
    graphEndpoint: values['graph-endpoint'] ?? pwbEnvironment(io.env).graphEndpoint,
  };
}

/** Graph for the call: a given access token (Graph decides whether it may write), else the signed-in account of the tenant. */
function graphFor(io: CliIO, args: OnDemandArgs, logger: Parameters<typeof signedInOnDemandGraph>[1]): OnDemandGraph {
  const token = args.accessToken;
  if (!token) return signedInOnDemandGraph(createCliAuth(io, args.dataDir), logger);
  const baseUrl = graphBaseUrl(args.graphEndpoint ?? 'https://graph.microsoft.com');
  return {
    account: async () => ({ signedIn: true, write: true, name: 'the access token given' }),
    client: async () => createGraphClient({ baseUrl, getAccessToken: async () => token, retryDeadlineMs: 5 * 60_000 }),
  };
}

async function confirm(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

function render(view: OnDemandRunView): string {
  if (view.report) return view.report;
  return [`Prediction saved ${view.predictedAt}; Entra's answer could not be compared.`, view.error ?? '', "Entra's answer as received:", JSON.stringify(view.response, null, 2)].join('\n');
}

/** `pwb trial … --compare-on-demand`: our prediction saved, then Entra's provisionOnDemand, compared; exit 1 when they differ. */
export async function onDemandCommand(rawArgs: string[], io: CliIO): Promise<number> {
  const args = parseOnDemandArgs(rawArgs, io);
  if (!args.yes && !(io.isTTY && process.stdin.isTTY)) {
    throw new UsageError('provision on demand writes to the real app in your tenant. Add --yes to go ahead (there is no terminal to ask for confirmation).');
  }
  const ws = await openTrialWorkspace(io, args);
  try {
    const ref = { tenantId: ws.tenant.id, appId: ws.app.id };
    const app = { ...ref, name: ws.app.displayName };
    const subject = await resolveSubject(ws.core, app, args.subject.kind, args.subject.ref);
    const onDemandSubject = args.subject.kind === 'User' ? { kind: 'User' as const, id: subject.id } : { kind: 'Group' as const, id: subject.id, memberIds: await resolveMembers(ws.core, ref, subject, args.subject.members) };
    const service = new OnDemandService(ws.core.workspace, graphFor(io, args, { logger: ws.core.logger }), { now: () => new Date() });
    const check = await service.check(ref.tenantId, ref.appId);
    for (const warning of check.warnings) io.err(`Note: ${warning}`);
    if (!args.yes) {
      const ok = await confirm(`Provision on demand writes ${subject.displayName} to ${ws.app.displayName} for real (the regular cycle's rules apply). Continue? [y/N] `);
      if (!ok) {
        io.err('Cancelled: nothing was sent.');
        return 1;
      }
    }
    const view = await service.run({ ...ref, subject: onDemandSubject, target: args.target, confirmed: true });
    if (args.format === 'json') io.out(JSON.stringify(view, null, 2));
    else io.out(render(view));
    return view.status === 'compared' && view.comparison?.agree ? 0 : 1;
  } finally {
    await ws.core.close();
  }
}
