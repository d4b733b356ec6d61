import { parseArgs, type ParseArgsConfig } from 'node:util';
import { profileById, VENDOR_PROFILES } from '../../../shared/vendors';
import { DIALECTS, MAX_GROUP_MEMBERS, SCENARIOS, type Dialect, type ScenarioName } from '../../../shared/sync';
import { UsageError, type CliIO } from '../cli-context';
import { pwbEnvironment } from '../../core/config';

/** Where the app comes from: every trial subcommand takes these. */
export const WHERE_OPTIONS = {
  app: { type: 'string' },
  snapshot: { type: 'string' },
  tenant: { type: 'string' },
  'data-dir': { type: 'string' },
  format: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const RUN_OPTIONS = {
  ...WHERE_OPTIONS,
  user: { type: 'string' },
  group: { type: 'string' },
  member: { type: 'string', multiple: true },
  scenario: { type: 'string' },
  set: { type: 'string', multiple: true },
  'group-id': { type: 'string' },
  'join-group': { type: 'string' },
  'join-user': { type: 'string' },
  role: { type: 'string' },
  'legacy-default-access': { type: 'boolean' },
  local: { type: 'boolean' },
  profile: { type: 'string' },
  'scim-url': { type: 'string' },
  token: { type: 'string' },
  yes: { type: 'boolean' },
  dialect: { type: 'string' },
  'dry-run': { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export type OutputFormat = 'text' | 'json';

/** Where the app is read from: a snapshot file imported into the workspace, a workspace tenant, or the sample. */
export interface Where {
  app: string;
  snapshot: string | undefined;
  tenant: string | undefined;
  dataDir: string | undefined;
  format: OutputFormat;
}

export type TargetArgs = { kind: 'local'; profileId: string | undefined } | { kind: 'url'; baseUrl: string; host: string; token: string; confirmed: boolean };

/** A `pwb trial` run as typed, checked for everything that needs no workspace. */
export interface TrialArgs extends Where {
  subject: { kind: 'User' | 'Group'; ref: string; members: string[] };
  scenario: ScenarioName;
  set: Record<string, string | null> | undefined;
  joinGroup: string | undefined;
  joinUser: string | undefined;
  role: string | undefined;
  legacyDefaultAccess: boolean;
  target: TargetArgs;
  dialect: Dialect;
  dryRun: boolean;
  verbose: boolean;
}

export function parseFormat(value: string | undefined): OutputFormat {
  const format = (value ?? 'text').toLowerCase();
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${value}".`);
  return format;
}

export function whereFrom(values: { app?: string | undefined; snapshot?: string | undefined; tenant?: string | undefined; 'data-dir'?: string | undefined; format?: string | undefined }, command: string): Where {
  if (!values.app?.trim()) throw new UsageError(`${command} needs --app NAME|ID.`);
  if (values.snapshot !== undefined && values.tenant !== undefined) throw new UsageError('give --snapshot FILE or --tenant ID, not both.');
  return { app: values.app.trim(), snapshot: values.snapshot, tenant: values.tenant, dataDir: values['data-dir'], format: parseFormat(values.format) };
}

/** `--scim-url URL` checked as a URL; the https-or-loopback rule is the core's. */
export function parseScimUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--scim-url must be a URL such as https://scim.example.com/scim/v2, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--scim-url must be an http(s) URL, not "${value}".`);
  return url;
}

function parseScenario(value: string | undefined): ScenarioName {
  const name = (value ?? 'first').toLowerCase();
  const found = SCENARIOS.find((s) => s === name);
  if (!found) throw new UsageError(`unknown scenario "${value}" (one of ${SCENARIOS.join(', ')}).`);
  return found;
}

/** `--set ATTR=VALUE` pairs; `ATTR=` clears the attribute (null). */
function parseSet(pairs: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = at < 0 ? '' : pair.slice(0, at).trim();
    if (!name) throw new UsageError(`--set takes ATTR=VALUE (ATTR= clears it), not "${pair}".`);
    const value = pair.slice(at + 1);
    out[name] = value === '' ? null : value;
  }
  return out;
}

function parseDialect(value: string | undefined, url: URL | null): Dialect {
  if (value === undefined) return url && [...url.searchParams.keys()].some((k) => k.toLowerCase() === 'aadoptscim062020') ? 'aadOptscim062020' : 'default';
  const found = DIALECTS.find((d) => d.toLowerCase() === value.toLowerCase());
  if (!found) throw new UsageError(`--dialect must be ${DIALECTS.join(' or ')}, not "${value}".`);
  return found;
}

function parseTarget(values: { local?: boolean | undefined; profile?: string | undefined; 'scim-url'?: string | undefined; token?: string | undefined; yes?: boolean | undefined }, io: CliIO): TargetArgs {
  const url = values['scim-url'];
  if (url === undefined) {
    if (values.token !== undefined) throw new UsageError('--token goes with --scim-url URL.');
    if (values.yes) throw new UsageError('--yes goes with --scim-url URL (the local endpoint needs no confirmation).');
    if (values.profile !== undefined && !profileById(values.profile)) throw new UsageError(`unknown profile "${values.profile}" (one of ${VENDOR_PROFILES.map((p) => p.id).join(', ')}).`);
    return { kind: 'local', profileId: values.profile };
  }
  if (values.local) throw new UsageError('give --local or --scim-url URL, not both.');
  if (values.profile !== undefined) throw new UsageError('--profile picks the local endpoint\'s vendor profile; it does not go with --scim-url.');
  const parsed = parseScimUrl(url);
  const token = values.token ?? pwbEnvironment(io.env).scimToken;
  if (!token) throw new UsageError(`--scim-url needs the service's bearer token: --token T or PWB_SCIM_TOKEN.`);
  return { kind: 'url', baseUrl: url, host: parsed.host, token, confirmed: values.yes ?? false };
}

/** Parses and checks `pwb trial --app … (--user … | --group …) …` before any workspace is opened. */
export function parseTrialArgs(args: string[], io: CliIO): TrialArgs {
  const { values, positionals } = parseArgs({ args, options: RUN_OPTIONS, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (subcommands: state, reset, runs).`);
  const where = whereFrom(values, 'trial');
  if ((values.user === undefined) === (values.group === undefined)) throw new UsageError('trial needs --user UPN|ID or --group NAME|ID (one of them).');
  const members = values.member ?? [];
  if (members.length && values.group === undefined) throw new UsageError('--member goes with --group (the members of the group to provision with it).');
  if (new Set(members.map((m) => m.toLowerCase())).size > MAX_GROUP_MEMBERS) {
    throw new UsageError(`provision on demand takes at most ${MAX_GROUP_MEMBERS} members of a group; ${members.length} were given.`);
  }
  const scenario = parseScenario(values.scenario);
  const setPairs = values.set ?? [];
  if (setPairs.length && scenario !== 'change') throw new UsageError('--set goes with --scenario change.');
  if (scenario === 'change' && !setPairs.length) throw new UsageError('--scenario change needs at least one --set ATTR=VALUE (ATTR= clears it).');
  if (values['group-id'] !== undefined && values['join-group'] !== undefined) throw new UsageError('give --group-id or --join-group, not both.');
  const joinGroup = values['join-group'] ?? values['group-id'];
  const joins = scenario === 'group-add' || scenario === 'group-remove';
  if (joinGroup !== undefined && (!joins || values.user === undefined)) throw new UsageError('--join-group goes with --user and --scenario group-add or group-remove.');
  if (values['join-user'] !== undefined && (!joins || values.group === undefined)) throw new UsageError('--join-user goes with --group and --scenario group-add or group-remove.');
  if (values.role !== undefined && scenario !== 'role-change') throw new UsageError('--role goes with --scenario role-change.');
  const target = parseTarget(values, io);
  const dryRun = values['dry-run'] ?? false;
  if (target.kind === 'url' && !target.confirmed && !dryRun) {
    throw new UsageError(
      `a trial against ${target.host} sends real requests: objects in that service will be created, changed and may be deleted. ` +
        `Add --yes to go ahead against ${target.host}, or --dry-run to send GETs only.`,
    );
  }
  return {
    ...where,
    subject: values.user !== undefined ? { kind: 'User', ref: values.user, members: [] } : { kind: 'Group', ref: values.group!, members },
    scenario,
    set: scenario === 'change' ? parseSet(setPairs) : undefined,
    joinGroup,
    joinUser: values['join-user'],
    role: values.role,
    legacyDefaultAccess: values['legacy-default-access'] ?? false,
    target,
    dialect: parseDialect(values.dialect, target.kind === 'url' ? parseScimUrl(target.baseUrl) : null),
    dryRun,
    verbose: values.verbose ?? false,
  };
}
