import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { AuthService } from '../../core/auth/auth-service';
import { parseCloudName } from '../../core/auth/clouds';
import { resolveDataDir, pwbEnvironment } from '../../core/config';
import { createLogger } from '../../core/logger';
import { createFileSecretBox } from '../../core/secrets/file-secret-box';
import { UsageError, type CliIO } from '../cli-context';
import { LOGIN_HELP } from '../help';

/** Opens a URL with the OS's opener (the authorize URL of an interactive sign-in). */
export function openInSystemBrowser(url: string): Promise<void> {
  const [command, args] =
    process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/** The CLI's sign-in: the same AuthService as the app, its cache sealed by the data dir's 0600 key file. */
export function createCliAuth(io: CliIO, dataDirFlag: string | undefined): AuthService {
  const dataDir = resolveDataDir({ flag: dataDirFlag, env: io.env });
  return new AuthService({
    dataDir,
    secrets: createFileSecretBox(dataDir),
    logger: createLogger({ scope: 'pwb:auth', level: 'warn', sink: (line) => io.err(line) }),
    openBrowser: openInSystemBrowser,
    authorityEndpoint: pwbEnvironment(io.env).authorityEndpoint,
    graphEndpoint: pwbEnvironment(io.env).graphEndpoint,
  });
}

export async function loginCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'device-code': { type: 'boolean' },
      browser: { type: 'boolean' },
      cloud: { type: 'string' },
      tenant: { type: 'string' },
      'client-id': { type: 'string' },
      write: { type: 'boolean' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(LOGIN_HELP), 0;
  if (positionals.length) throw new UsageError('login takes no arguments.');
  if (values.browser && values['device-code']) throw new UsageError('choose --browser or --device-code, not both.');
  const auth = createCliAuth(io, values['data-dir']);
  const request = {
    ...(values.cloud ? { cloud: parseCloudName(values.cloud) } : {}),
    ...(values.tenant ? { tenant: values.tenant } : {}),
    ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
    write: values.write ?? false,
  };
  const account = values.browser
    ? await auth.signInInteractive(request)
    : await (async () => {
        const prompt = await auth.startDeviceCode(request);
        io.err(prompt.message);
        return auth.completeDeviceCode(prompt.flowId);
      })();
  const status = await auth.status();
  io.out(`Signed in as ${account.username} (tenant ${account.tenantId}, ${account.cloud} cloud${account.write ? ', with write access' : ', read-only'}).`);
  if (!status.osProtected) io.err(`Note: ${status.cacheProtection}`);
  return 0;
}
