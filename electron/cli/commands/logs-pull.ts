import { parseArgs } from 'node:util';
import { parseTimeArg } from '../../../shared/logs/log-filter';
import { pullLogs } from '../../core/logs/log-pull';
import { UsageError, type CliIO } from '../cli-context';
import { openLogStore } from './log-store';
import { GRAPH_OPTIONS, openCliGraph, warnIfStaticToken } from './graph-options';

const DAY_MS = 86_400_000;

/** `pwb logs pull [--since T] [--until T] [--app ID|NAME]`: Graph's provisioning logs into the store. */
export async function pullCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { since: { type: 'string' }, until: { type: 'string' }, app: { type: 'string' }, db: { type: 'string' }, 'page-size': { type: 'string' }, json: { type: 'boolean' }, ...GRAPH_OPTIONS },
  });
  if (positionals.length > 0) throw new UsageError(`pull takes no FILE (unexpected "${positionals[0]}").`);
  const now = new Date();
  const time = (flag: 'since' | 'until') => {
    const value = values[flag];
    if (value === undefined) return undefined;
    const iso = parseTimeArg(value, now);
    if (!iso) throw new UsageError(`--${flag} must be an ISO date/time or a span like 7d or 24h, not "${value}".`);
    return iso;
  };
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)) throw new UsageError('--page-size must be 1 to 1000.');
  const access = openCliGraph(io, values);
  const workspace = openLogStore(values, io);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  const tty = io.isTTY && Boolean(process.stderr.isTTY);
  try {
    const since = time('since');
    const until = time('until');
    const summary = await pullLogs(workspace, access.client, {
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(values.app ? { app: values.app } : {}),
      ...(pageSize ? { pageSize } : {}),
      cloud: access.cloud,
      signal: controller.signal,
      // A pull over more than a day outlives a static token: say so before it starts.
      onWindow: (window) => Date.parse(window.until) - Date.parse(window.since) > DAY_MS && warnIfStaticToken(io, values, now),
      onProgress: (p) => tty && process.stderr.write(`\rpage ${p.pages}: ${p.added.toLocaleString('en-US')} added, ${p.duplicates} already stored   `),
    });
    if (tty) process.stderr.write('\n');
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else {
      io.out(`${summary.cancelled ? 'Cancelled after' : 'Pulled'} ${summary.pages} page(s) since ${summary.since}: ${summary.added.toLocaleString('en-US')} new record(s), ${summary.duplicates.toLocaleString('en-US')} already stored, ${summary.rejected} rejected.`);
      for (const r of summary.rejections.slice(0, 20)) io.err(`  rejected ${r.position}: ${r.reason}`);
      if (summary.cancelled) io.err('Run the same command again to continue: it resumes from the start of this window.');
    }
    return summary.cancelled ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
    workspace.close();
  }
}
