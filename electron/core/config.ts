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
  if (env.PWB_DATA_DIR) return path.resolve(env.PWB_DATA_DIR);
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
