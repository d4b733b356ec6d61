import { parseArgs } from 'node:util';
import { schemaVersion } from '../../core/db/connection';
import { UsageError, type CliIO } from '../cli-context';
import { WORKSPACE_HELP } from '../help';
import { openCore } from '../open-core';

export async function workspaceCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === '-h') return io.out(WORKSPACE_HELP), 0;
  if (verb !== 'info') throw new UsageError(`unknown workspace command "${verb}" (expected info).`);
  const { values } = parseArgs({ args: rest, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  const core = await openCore(io, values['data-dir']);
  try {
    const info = await core.handlers['app:info']({});
    const tenants = await core.handlers['tenants:list']({});
    const version = schemaVersion(core.workspace.db);
    if (values.json) {
      io.out(JSON.stringify({ ...info, schemaVersion: version, tenants }, null, 2));
      return 0;
    }
    io.out(`Workspace: ${info.workspacePath} (schema ${version})`);
    for (const t of tenants) io.out(`  ${t.displayName}  ${t.id}  ${t.source}  ${t.appCount} app(s)  fetched ${t.fetchedAt}`);
    return 0;
  } finally {
    await core.close();
  }
}
