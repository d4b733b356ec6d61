import type { TrialTarget } from '../../../shared/ipc/contracts/trial';
import type { Scenario } from '../../../shared/sync';
import type { CliIO } from '../cli-context';
import { paletteFor } from '../colors';
import { TRIAL_HELP } from '../help';
import { parseTrialArgs, type TrialArgs } from './trial-args';
import { renderTimeline } from './trial-timeline';
import { openTrialWorkspace, type TrialWorkspace } from './trial-workspace';
import { resolveGroupRef, resolveMembers, resolveRole, resolveSubject, resolveUserRef, type Resolved } from './trial-subjects';

type AppRef = { tenantId: string; appId: string; name: string };

/** The scenario with its names (groups, users, roles) resolved to ids; warns when --set names an attribute no mapping reads. */
async function scenarioOf(ws: TrialWorkspace, app: AppRef, args: TrialArgs, subject: Resolved, io: CliIO): Promise<Scenario> {
  const scenario: Scenario = { name: args.scenario };
  if (args.set) {
    scenario.set = args.set;
    const { mappedAttributes } = await ws.core.handlers['trial:source']({ tenantId: app.tenantId, appId: app.appId, kind: args.subject.kind, objectId: subject.id });
    const read = new Set(mappedAttributes.map((a) => a.toLowerCase()));
    for (const name of Object.keys(args.set)) {
      if (!read.has(name.toLowerCase())) io.err(`Note: no ${args.subject.kind.toLowerCase()} mapping of ${app.name} reads ${name}, so changing it changes nothing in the target.`);
    }
  }
  if (args.joinGroup !== undefined) scenario.groupId = await resolveGroupRef(ws.core, app, args.joinGroup);
  if (args.joinUser !== undefined) scenario.userId = await resolveUserRef(ws.core, app, subject, args.joinUser);
  if (args.role !== undefined) scenario.roleId = await resolveRole(ws.core, app, args.role);
  return scenario;
}

function targetOf(args: TrialArgs): TrialTarget {
  if (args.target.kind === 'local') return args.target.profileId ? { kind: 'local', profileId: args.target.profileId } : { kind: 'local' };
  return { kind: 'url', baseUrl: args.target.baseUrl, token: args.target.token, ...(args.target.confirmed ? { confirmHost: args.target.host } : {}) };
}

/** `pwb trial --app … --user …|--group …`: one run of Entra's cycle; exit 1 when Entra would log a failure. */
async function runCommand(rawArgs: string[], io: CliIO): Promise<number> {
  if (rawArgs.includes('--compare-on-demand')) return (await import('./trial-on-demand')).onDemandCommand(rawArgs, io);
  const args = parseTrialArgs(rawArgs, io);
  const ws = await openTrialWorkspace(io, args);
  try {
    const app: AppRef = { tenantId: ws.tenant.id, appId: ws.app.id, name: ws.app.displayName };
    const ref = { tenantId: app.tenantId, appId: app.appId };
    const subject = await resolveSubject(ws.core, app, args.subject.kind, args.subject.ref);
    const trialSubject: { kind: 'User'; id: string } | { kind: 'Group'; id: string; memberIds: string[] } =
      args.subject.kind === 'User' ? { kind: 'User', id: subject.id } : { kind: 'Group', id: subject.id, memberIds: await resolveMembers(ws.core, ref, subject, args.subject.members) };
    const run = await ws.core.handlers['trial:run']({
      ...ref,
      subject: trialSubject,
      scenario: await scenarioOf(ws, app, args, subject, io),
      target: targetOf(args),
      dialect: args.dialect,
      dryRun: args.dryRun,
      legacyDefaultAccess: args.legacyDefaultAccess,
    });
    if (args.format === 'json') io.out(JSON.stringify(run, null, 2));
    else io.out(renderTimeline(run, { verbose: args.verbose, palette: paletteFor(io) }).join('\n'));
    return run.status === 'failure' ? 1 : 0;
  } finally {
    await ws.core.close();
  }
}

/** `pwb trial [state|reset|runs]`: Entra's cycle for one user or group against a SCIM target, offline. */
export async function trialCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') return io.out(TRIAL_HELP), 0;
  if (verb === 'state' || verb === 'reset' || verb === 'runs') return (await import('./trial-admin')).trialAdminCommand(verb, rest, io);
  return runCommand(verb === 'run' ? rest : args, io);
}
