import { createCore, type Core } from '../core';
import { resolveDataDir } from '../core/config';
import { createLogger, type LogFormat } from '../core/logger';
import { createFileSecretBox } from '../core/secrets/file-secret-box';
import type { CliIO } from './cli-context';

/** Opens the core the way every CLI command does: browser-mode platform services, quiet logger. */
export async function openCore(io: CliIO, dataDirFlag: string | undefined, mode: 'browser' | 'cli' = 'cli', logFormat: LogFormat = 'json'): Promise<Core> {
  const dataDir = resolveDataDir({ flag: dataDirFlag, env: io.env });
  return createCore(
    {
      mode,
      dataDir,
      secrets: createFileSecretBox(dataDir),
      openExternal: async () => {
        throw new Error('Opening a browser is not available from the command line.');
      },
    },
    { logger: createLogger({ scope: `pwb:${mode}`, level: mode === 'cli' ? 'warn' : 'info', sink: (line) => io.err(line), format: logFormat }) },
  );
}
