import { appVersion } from '../core/version';
import { processIO, reportError, UsageError, type CliIO } from './cli-context';
import { APPS_HELP, AUDIT_HELP, EXPR_HELP, FORECAST_HELP, LOGIN_HELP, LOGS_HELP, SCIM_HELP, SNAPSHOT_HELP, TRIAL_HELP, UI_HELP, WORKSPACE_HELP } from './help';

type Command = (args: string[], io: CliIO) => Promise<number>;

/** Commands load lazily so that `pwb --help` and `pwb --version` start instantly. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  ui: async () => (await import('./commands/ui')).uiCommand,
  snapshot: async () => (await import('./commands/snapshot')).snapshotCommand,
  workspace: async () => (await import('./commands/workspace')).workspaceCommand,
  expr: async () => (await import('./commands/expr')).exprCommand,
  audit: async () => (await import('./commands/audit')).auditCommand,
  logs: async () => (await import('./commands/logs')).logsCommand,
  login: async () => (await import('./commands/login')).loginCommand,
  logout: async () => (await import('./commands/logout')).logoutCommand,
  apps: async () => (await import('./commands/apps')).appsCommand,
  scim: async () => (await import('./commands/scim')).scimCommand,
  trial: async () => (await import('./commands/trial')).trialCommand,
  forecast: async () => (await import('./commands/forecast')).forecastCommand,
};

export const HELP = `pwb — Provisioning Workbench on the command line

Usage: pwb <command> [options]

${UI_HELP}

${SNAPSHOT_HELP}

${WORKSPACE_HELP}

${EXPR_HELP}

${AUDIT_HELP}

${LOGS_HELP}

${LOGIN_HELP}

${APPS_HELP}

${SCIM_HELP}

${TRIAL_HELP}

${FORECAST_HELP}

Global: --help, --version. Every command that reads the workspace accepts --data-dir DIR
(or PWB_DATA_DIR). Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid snapshot, 4 workspace
unreadable or too new, 5 not found.`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return io.out(HELP), 0;
    if (command === '--version' || command === '-v') return io.out(appVersion()), 0;
    const load = COMMANDS[command];
    if (!load) throw new UsageError(`unknown command "${command}".`);
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return reportError(io, new UsageError(error.message));
    }
    return reportError(io, error);
  }
}
