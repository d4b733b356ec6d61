import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Provisioning Workbench';
export const WORKSPACE_FILE = 'workspace.sqlite';

export interface DataDirSources {
  /** `--data-dir` on the command line. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Electron's `app.getPath('userData')`, when running inside Electron. */
  electronUserData?: string | undefined;
  platform?: NodeJS.Platform;
  homeDir?: string;
}

/**
 * Where the workspace lives: `--data-dir`, then `PWB_DATA_DIR`, then Electron's userData, then the
 * OS's per-user app-data folder (the same folder Electron would pick, so the CLI, browser mode and the
 * desktop app share one workspace).
 */
export function resolveDataDir(sources: DataDirSources = {}): string {
  const env = sources.env ?? process.env;
  if (sources.flag) return path.resolve(sources.flag);
  const fromEnv = pwbEnvironment(env).dataDir;
  if (fromEnv) return path.resolve(fromEnv);
  if (sources.electronUserData) return sources.electronUserData;
  return path.join(osAppDataDir(sources.platform ?? process.platform, env, sources.homeDir ?? os.homedir()), PRODUCT_NAME);
}

export function osAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

export function workspacePath(dataDir: string): string {
  return path.join(dataDir, WORKSPACE_FILE);
}

/** Every PWB_* environment variable the product reads (bin/pwb.mjs's PWB_CLI_FROM_SOURCE aside), read here only. */
export interface PwbEnvironment {
  /** PWB_DATA_DIR: the workspace folder (see resolveDataDir). */
  dataDir: string | undefined;
  /** PWB_ACCESS_TOKEN: a ready Graph token instead of the signed-in account. */
  accessToken: string | undefined;
  /** PWB_GRAPH_ENDPOINT / PWB_AUTHORITY_ENDPOINT: Graph and the sign-in authority elsewhere (the tests' fakes on loopback). */
  graphEndpoint: string | undefined;
  authorityEndpoint: string | undefined;
  /** PWB_SCIM_TOKEN: the bearer token of a SCIM service (a real one, or the local endpoint's when serving). */
  scimToken: string | undefined;
  /** PWB_LA_ACCESS_TOKEN / PWB_LA_ENDPOINT: Log Analytics' token and endpoint instead of the account's and the cloud's. */
  logAnalyticsToken: string | undefined;
  logAnalyticsEndpoint: string | undefined;
  /** PWB_LOG_LEVEL: debug, info, warn or error. */
  logLevel: string | undefined;
  /** PWB_IMPORT_WORKER=0 parses log files on the main thread (for profiling). */
  importWorker: boolean;
  /** PWB_SQLITE_BINDING: better-sqlite3 built for Electron's ABI (set by `npm start`, unpackaged only). */
  sqliteBinding: string | undefined;
  /** PWB_RENDERER_URL: a dev server for the renderer (unpackaged, loopback only). */
  rendererUrl: string | undefined;
}

export function pwbEnvironment(env: NodeJS.ProcessEnv = process.env): PwbEnvironment {
  // An empty variable counts as unset, as a shell's `PWB_X= cmd` means.
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;
  return {
    dataDir: read('PWB_DATA_DIR'),
    accessToken: read('PWB_ACCESS_TOKEN'),
    graphEndpoint: read('PWB_GRAPH_ENDPOINT'),
    authorityEndpoint: read('PWB_AUTHORITY_ENDPOINT'),
    scimToken: read('PWB_SCIM_TOKEN'),
    logAnalyticsToken: read('PWB_LA_ACCESS_TOKEN'),
    logAnalyticsEndpoint: read('PWB_LA_ENDPOINT'),
    logLevel: read('PWB_LOG_LEVEL'),
    importWorker: read('PWB_IMPORT_WORKER') !== '0',
    sqliteBinding: read('PWB_SQLITE_BINDING'),
    rendererUrl: read('PWB_RENDERER_URL'),
  };
}
