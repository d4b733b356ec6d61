import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from '../../host/server';
import { UsageError, type CliIO } from '../cli-context';
import { UI_HELP } from '../help';
import { openCore } from '../open-core';
import { rendererBuildDir } from '../package-root';

export async function uiCommand(args: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, 'data-dir': { type: 'string' }, 'log-format': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return io.out(UI_HELP), 0;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const logFormat = values['log-format'];
  if (logFormat !== undefined && logFormat !== 'json' && logFormat !== 'text') throw new UsageError(`--log-format must be json or text, not "${logFormat}".`);
  // People read a terminal; JSON records are for pipes, files and log collectors (or when asked for).
  const format = logFormat ?? (io.isTTY ? 'text' : 'json');
  const rendererDir = rendererBuildDir();
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new UsageError(`the renderer is not built yet (${rendererDir} is missing). Run \`npm run build\` first, or use \`npm start\`.`);
  }

  const core = await openCore(io, values['data-dir'], 'browser', format);
  const host = await startHost({ core, rendererDir, port, logger: core.logger });
  io.out(`Provisioning Workbench is running at ${host.url}`);
  io.out(`Workspace: ${core.workspace.file}`);
  io.out('Press Ctrl-C to stop.');
  if (!values['no-open']) openBrowser(host.url, io);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await host.close();
  await core.close();
  io.out('Stopped.');
  return 0;
}

/** Opens the system browser when there is a display to open it on; otherwise the printed URL is enough. */
function openBrowser(url: string, io: CliIO): void {
  const platform = process.platform;
  if (platform === 'linux' && !io.env.DISPLAY && !io.env.WAYLAND_DISPLAY) {
    io.out('No display found: open the URL above in a browser.');
    return;
  }
  const [command, args] =
    platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => io.out('Could not open a browser: open the URL above yourself.'));
  child.unref();
}
