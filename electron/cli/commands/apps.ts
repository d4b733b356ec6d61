import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from '../cli-context';
import { APPS_HELP } from '../help';
import { listServicePrincipals, listJobs } from '../../core/tenant/read-service-principals';
import { GRAPH_OPTIONS, openCliGraph } from './graph-options';

/** `pwb apps list`: the tenant's enterprise apps that have provisioning, read live from Graph. */
export async function appsCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === '-h') return io.out(APPS_HELP), 0;
  if (verb !== 'list') throw new UsageError(`unknown apps command "${verb}" (expected list).`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { search: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' }, ...GRAPH_OPTIONS },
  });
  if (positionals.length) throw new UsageError('apps list takes no arguments.');
  const { client } = openCliGraph(io, values);
  const principals = await listServicePrincipals(client, { search: values.search });
  let checked = 0;
  const rows = await Promise.all(
    principals.map(async (sp) => {
      const jobs = await listJobs(client, sp.id);
      checked += 1;
      if (io.isTTY && checked % 25 === 0) io.err(`Checked ${checked}/${principals.length} apps for provisioning…`);
      return { id: sp.id, appId: sp.appId, displayName: sp.displayName ?? sp.appId, jobs: jobs.map((job) => ({ id: job.id, templateId: job.templateId, status: job.status.code, schedule: job.schedule.state })) };
    }),
  );
  const shown = rows.filter((row) => values.all || row.jobs.length > 0).sort((a, b) => a.displayName.localeCompare(b.displayName));
  if (values.json) {
    io.out(JSON.stringify(shown, null, 2));
    return 0;
  }
  const table = shown.map((row) => [row.displayName, row.id, row.jobs.map((job) => `${job.templateId} ${job.status}`).join('; ') || '(no provisioning)']);
  const widths = [0, 1].map((i) => Math.max(i === 0 ? 4 : 2, ...table.map((cells) => (cells[i] ?? '').length)));
  io.out(['NAME'.padEnd(widths[0] ?? 0), 'ID'.padEnd(widths[1] ?? 0), 'PROVISIONING'].join('  '));
  for (const cells of table) io.out([(cells[0] ?? '').padEnd(widths[0] ?? 0), (cells[1] ?? '').padEnd(widths[1] ?? 0), cells[2]].join('  '));
  io.err(`${shown.length} app(s) with provisioning among ${principals.length} enterprise app(s).`);
  return 0;
}
