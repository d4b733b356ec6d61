import { parseArgs } from 'node:util';
import { LOG_STATS_DIMENSIONS, type LogStatsDimension } from '../../../shared/logs/log-filter';
import { LA_CLOUD_NAMES, type LaCloudName } from '../../../shared/loganalytics/la-clouds';
import { parseCloudName } from '../../core/auth/clouds';
import { resolveDataDir, pwbEnvironment } from '../../core/config';
import { LogAnalyticsService } from '../../core/loganalytics/la-service';
import { UsageError, type CliIO } from '../cli-context';
import { openLogStore } from './log-store';
import { FILTER_OPTIONS, filterFromArgs } from './logs-args';
import { progressBar, statsTable } from './logs-output';
import { createCliAuth } from './login';

export const LOGS_ANALYTICS_HELP = `pwb logs analytics connect --workspace ID [--cloud Global|USGov|USGovDoD|China]
  Check a Log Analytics workspace (its AADProvisioningLogs table) and remember it.
pwb logs analytics summary --by status|action|app|errorCode|day|cycle|identity [filters] [--limit N] [--format table|json]
  Counts computed in the workspace (KQL), with the same filters as pwb logs stats. Alias: query.
pwb logs analytics history ID [filters] [--limit N] [--format table|json]
  One identity's records (source or target id) in the workspace, newest first.
pwb logs analytics pull [filters] [--page-rows N] [--json]
  Copy a slice (default: the last 30 days) into the local store, all or nothing; again adds only what is missing.
pwb logs analytics status | disconnect
  Every verb takes --workspace ID (connects first), --data-dir DIR, --db FILE (pull), and
  --access-token T (PWB_LA_ACCESS_TOKEN, e.g. from az account get-access-token --resource
  https://api.loganalytics.io) instead of the signed-in account; --endpoint URL (PWB_LA_ENDPOINT)
  replaces the cloud's query API (a proxy, or the local fake on 127.0.0.1). Alias: pwb logs la.`;

const OPTIONS = {
  ...FILTER_OPTIONS,
  workspace: { type: 'string' },
  cloud: { type: 'string' },
  by: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  'page-rows': { type: 'string' },
  'access-token': { type: 'string' },
  endpoint: { type: 'string' },
  'data-dir': { type: 'string' },
  db: { type: 'string' },
} as const;

/** `pwb logs analytics …` (alias `pwb logs la`): Log Analytics in place. */
export async function logsAnalyticsCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === '-h') return io.out(LOGS_ANALYTICS_HELP), 0;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  const cloud = values.cloud === undefined ? undefined : laCloud(values.cloud);
  const accessToken = values['access-token']?.trim() || pwbEnvironment(io.env).logAnalyticsToken;
  const workspace = verb === 'pull' ? openLogStore(values, io) : undefined;
  try {
    const service = new LogAnalyticsService({
      dataDir: resolveDataDir({ flag: values['data-dir'], env: io.env }),
      // Only a pull writes to the store; the other verbs never open it.
      workspace,
      auth: accessToken ? undefined : createCliAuth(io, values['data-dir']),
      accessToken,
      endpoint: values.endpoint ?? pwbEnvironment(io.env).logAnalyticsEndpoint,
      onThrottle: ({ waitMs, attempt }) => io.err(`Log Analytics is throttling: waiting ${Math.ceil(waitMs / 1000)} s as it asked (retry ${attempt}).`),
    });
    if (verb === 'connect' && !values.workspace) throw new UsageError('connect needs --workspace ID.');
    if (values.workspace && (verb === 'connect' || service.status()?.workspaceId !== values.workspace.trim().toLowerCase())) {
      const connection = await service.connect(values.workspace, cloud);
      const o = connection.overview;
      if (verb === 'connect') {
        if (values.json) io.out(JSON.stringify(connection, null, 2));
        else io.out(`Connected to workspace ${connection.workspaceId} (${connection.cloud}): ${o?.total.toLocaleString('en-US') ?? 0} provisioning-log record(s)${o?.first ? ` from ${o.first} to ${o.last}` : ''}.`);
        return 0;
      }
    }
    switch (verb) {
      case 'connect':
        return 0;
      case 'status': {
        const connection = service.status();
        io.out(values.json ? JSON.stringify(connection, null, 2) : connection ? `Workspace ${connection.workspaceId} (${connection.cloud}), connected ${connection.connectedAt}.` : 'No Log Analytics workspace is connected.');
        return 0;
      }
      case 'disconnect':
        io.out(service.disconnect() ? 'Disconnected.' : 'No Log Analytics workspace was connected.');
        return 0;
      case 'summary':
      case 'query':
        return await summary(service, values, io);
      case 'history':
        return await history(service, values, positionals, io);
      case 'pull':
        return await pull(service, values, io);
      default:
        throw new UsageError(`unknown logs analytics command "${verb}" (expected connect, summary, history, pull, status or disconnect).`);
    }
  } finally {
    workspace?.close();
  }
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>['values'];

function laCloud(value: string): LaCloudName {
  const name = parseCloudName(value);
  if (!(LA_CLOUD_NAMES as string[]).includes(name)) throw new UsageError(`--cloud must be one of ${LA_CLOUD_NAMES.join(', ')} (a custom cloud takes --endpoint).`);
  return name as LaCloudName;
}

function limitOf(values: Values, fallback: number): number {
  if (values.limit === undefined) return fallback;
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be 1 to 1000.');
  return limit;
}

async function summary(service: LogAnalyticsService, values: Values, io: CliIO): Promise<number> {
  const by = (values.by ?? 'status') as LogStatsDimension;
  if (!LOG_STATS_DIMENSIONS.includes(by)) throw new UsageError(`--by must be one of ${LOG_STATS_DIMENSIONS.join(', ')}.`);
  const result = await service.summary(filterFromArgs(values, new Date()), by, limitOf(values, 50));
  if (values.format === 'json' || values.json) io.out(JSON.stringify(result, null, 2));
  else {
    io.out(statsTable(by, result.rows));
    io.out(`${result.counts.total.toLocaleString('en-US')} record(s) in workspace ${result.workspaceId}, counted there at ${result.queriedAt}.`);
  }
  if (result.partial) io.err(`Partial result: ${result.partial}`);
  return 0;
}

async function history(service: LogAnalyticsService, values: Values, positionals: string[], io: CliIO): Promise<number> {
  const id = positionals[0];
  if (!id) throw new UsageError('history needs the identity\'s source or target ID.');
  const result = await service.history(filterFromArgs(values, new Date()), id, limitOf(values, 200));
  if (values.format === 'json' || values.json) io.out(JSON.stringify(result, null, 2));
  else for (const item of result.items) io.out([item.activityDateTime, item.status, item.action, item.appName ?? '', item.errorCode ?? ''].join('  ').trimEnd());
  if (result.partial) io.err(`Partial result: ${result.partial}`);
  return 0;
}

async function pull(service: LogAnalyticsService, values: Values, io: CliIO): Promise<number> {
  const pageRows = values['page-rows'] === undefined ? undefined : Number(values['page-rows']);
  if (pageRows !== undefined && (!Number.isInteger(pageRows) || pageRows < 1 || pageRows > 100_000)) throw new UsageError('--page-rows must be 1 to 100000.');
  const tty = io.isTTY && Boolean(process.stderr.isTTY);
  const taskId = 'cli-pull';
  const stop = () => service.cancel(taskId);
  process.once('SIGINT', stop);
  try {
    const summary = await service.pull(taskId, {
      filter: filterFromArgs(values, new Date()),
      ...(pageRows ? { pageRows } : {}),
      onProgress: (p) => tty && process.stderr.write(progressBar(p.rows, p.expected, `window ${p.windowsDone}/${p.windows}: ${p.added.toLocaleString('en-US')} added, ${p.duplicates} already stored   `)),
    });
    if (tty) process.stderr.write('\n');
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else {
      io.out(`${summary.cancelled ? 'Cancelled: nothing was kept from' : 'Pulled'} ${summary.since} – ${summary.until} in ${summary.windows} request(s): ${summary.added.toLocaleString('en-US')} new record(s), ${summary.duplicates.toLocaleString('en-US')} already stored, ${summary.rejected} rejected.`);
      for (const r of summary.rejections.slice(0, 20)) io.err(`  rejected ${r.position}: ${r.reason}`);
    }
    return summary.cancelled ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
  }
}
