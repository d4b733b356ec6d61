import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { serializeSnapshot } from '../../../shared/snapshot/validate';
import { generateSampleTenant } from '../../../sample-tenant';
import { UsageError, type CliIO } from '../cli-context';
import { SNAPSHOT_HELP } from '../help';
import { openCore } from '../open-core';

export async function snapshotCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'export') return exportSnapshot(rest, io);
  if (verb === 'import') return importSnapshot(rest, io);
  if (verb === 'pull') return (await import('./snapshot-pull')).snapshotPull(rest, io);
  if (verb === undefined || verb === '--help' || verb === '-h') return io.out(SNAPSHOT_HELP), 0;
  throw new UsageError(`unknown snapshot command "${verb}" (expected export, import or pull).`);
}

async function exportSnapshot(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { sample: { type: 'boolean' }, tenant: { type: 'string' }, app: { type: 'string' }, 'data-dir': { type: 'string' }, now: { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError('export takes at most one FILE.');
  let json: string;
  if (values.sample) {
    const now = values.now ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO date, not "${values.now}".`);
    json = serializeSnapshot(generateSampleTenant({ now }));
  } else {
    if (!values.tenant) throw new UsageError('export needs --sample or --tenant ID.');
    const core = await openCore(io, values['data-dir']);
    try {
      json = (await core.handlers['snapshot:export']({ tenantId: values.tenant, ...(values.app ? { appId: values.app } : {}) })).json;
    } finally {
      await core.close();
    }
  }
  const file = positionals[0];
  if (file) {
    fs.writeFileSync(file, json + '\n');
    io.err(`Wrote ${file} (${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MB).`);
  } else {
    io.out(json);
  }
  return 0;
}

async function importSnapshot(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('import takes exactly one FILE.');
  const file = positionals[0]!;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const core = await openCore(io, values['data-dir']);
  try {
    const summary = await core.handlers['snapshot:import']({ fileName: file, text });
    io.out(
      `Imported ${summary.tenantName}: ${summary.apps} app(s), ${summary.users} user(s), ${summary.groups} group(s), ${summary.provisioningLogs} new provisioning-log record(s).`,
    );
    return 0;
  } finally {
    await core.close();
  }
}
