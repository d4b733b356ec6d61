import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { resolveDataDir, pwbEnvironment } from '../../core/config';
import { ScimStore, scimStorePath } from '../../core/db/scim/scim-store';
import { createLogger } from '../../core/logger';
import { isLoopback, startScimServer } from '../../core/scim/http/server';
import { DEFAULT_PROFILE_ID, profileById, VENDOR_PROFILES } from '../../../shared/vendors';
import { UsageError, type CliIO } from '../cli-context';
import { SCIM_HELP } from '../help';

const STORE_OPTIONS = { db: { type: 'string' }, 'data-dir': { type: 'string' } } as const;

function openStore(io: CliIO, values: { db?: string | undefined; 'data-dir'?: string | undefined }): ScimStore {
  const file = values.db ?? scimStorePath(resolveDataDir({ flag: values['data-dir'], env: io.env }));
  return ScimStore.open(file);
}

/** The serve token: --token, --token-file (its first line) or PWB_SCIM_TOKEN, in that order; none means generate one. */
function serveToken(flag: string | undefined, file: string | undefined, env: NodeJS.ProcessEnv): { value: string; from: string } | null {
  if (flag !== undefined && file !== undefined) throw new UsageError('give --token or --token-file, not both.');
  const fromEnv = pwbEnvironment(env).scimToken;
  let token: { value: string; from: string } | null = null;
  if (flag !== undefined) token = { value: flag, from: '--token' };
  else if (file !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new AppError('IO_ERROR', `Cannot read the token file ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    token = { value: (text.split(/\r?\n/, 1)[0] ?? '').trim(), from: file };
  } else if (fromEnv) token = { value: fromEnv, from: 'PWB_SCIM_TOKEN' };
  if (token && token.value.length < 16) throw new UsageError(`the token from ${token.from} must be at least 16 characters long.`);
  return token;
}

function parsePort(value: string | undefined): number {
  const port = value === undefined ? 0 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`);
  return port;
}

async function serve(args: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, profile: { type: 'string' }, token: { type: 'string' }, 'token-file': { type: 'string' } },
    strict: true,
  });
  const port = parsePort(values.port);
  const profile = profileById(values.profile ?? DEFAULT_PROFILE_ID);
  if (!profile) throw new UsageError(`unknown profile "${values.profile}" (one of ${VENDOR_PROFILES.map((p) => p.id).join(', ')}).`);
  const token = serveToken(values.token, values['token-file'], io.env);
  const host = values.host ?? '127.0.0.1';
  const store = openStore(io, values);
  const logger = createLogger({ scope: 'pwb:scim', level: 'warn', sink: (line) => io.err(line) });
  try {
    const server = await startScimServer({ store, profile, host, port, logger, ...(token ? { token: token.value } : {}) });
    if (!isLoopback(host)) {
      io.err(`Warning: listening on ${host}, reachable from other machines. Anyone with the token can read and change this endpoint's data.`);
    }
    io.out(`SCIM endpoint: ${server.tenantUrl}`);
    if (!token) io.out(`Secret token: ${server.token}`);
    io.out(`Profile: ${profile.displayName} (${profile.id})  Store: ${store.file}`);
    io.out('Press Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      signal?.addEventListener('abort', stop, { once: true });
    });
    await server.close();
    io.out('Stopped.');
    return 0;
  } finally {
    store.close();
  }
}

function log(args: string[], io: CliIO): number {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, limit: { type: 'string' }, format: { type: 'string' } }, strict: true });
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new UsageError(`--limit must be a whole number from 1 to 100000, not "${values.limit}".`);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not "${format}".`);
  const store = openStore(io, values);
  try {
    const entries = store.log.list({ limit }).reverse();
    if (format === 'json') {
      io.out(JSON.stringify(entries.map((e) => store.log.get(e.seq)), null, 2));
      return 0;
    }
    if (entries.length === 0) {
      io.out('No requests logged yet.');
      return 0;
    }
    for (const e of entries) io.out(`${e.at}  ${e.method.padEnd(6)} ${String(e.status).padEnd(3)} ${e.durationMs.toFixed(1).padStart(7)} ms  ${e.path}`);
    return 0;
  } finally {
    store.close();
  }
}

function reset(args: string[], io: CliIO): number {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS }, strict: true });
  const store = openStore(io, values);
  try {
    const users = store.users.countAll();
    const groups = store.groups.countAll();
    store.reset();
    io.out(`Reset ${store.file}: removed ${users} user(s), ${groups} group(s) and the request log.`);
    return 0;
  } finally {
    store.close();
  }
}

function profiles(io: CliIO): number {
  for (const p of VENDOR_PROFILES) {
    const filterable = (type: 'User' | 'Group') =>
      [...p.resources[type].common, ...p.resources[type].schema.attributes].filter((a) => a.filterable).map((a) => a.name).join(', ');
    io.out(`${p.id.padEnd(12)} ${p.displayName}`);
    io.out(`${''.padEnd(12)} ${p.description}`);
    io.out(`${''.padEnd(12)} filterable: Users ${filterable('User')}; Groups ${filterable('Group')}`);
  }
  return 0;
}

/** `pwb scim serve|log|reset|profiles`: the local SCIM endpoint without the UI. */
export async function scimCommand(args: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const [verb, ...rest] = args;
  switch (verb) {
    case undefined:
    case '--help':
    case '-h':
      io.out(SCIM_HELP);
      return 0;
    case 'serve':
      return serve(rest, io, signal);
    case 'log':
      return log(rest, io);
    case 'reset':
      return reset(rest, io);
    case 'profiles':
      return profiles(io);
    case 'check':
      return (await import('./scim-check')).scimCheckCommand(rest, io);
    default:
      throw new UsageError(`unknown scim command "${verb}" (expected serve, log, reset, profiles or check).`);
  }
}
