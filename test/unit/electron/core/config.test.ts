import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir, workspacePath } from '../../../../electron/core/config';

describe('resolveDataDir', () => {
  it('prefers --data-dir over PWB_DATA_DIR and Electron userData', () => {
    expect(resolveDataDir({ flag: 'rel/dir', env: { PWB_DATA_DIR: '/env' }, electronUserData: '/electron' })).toBe(path.resolve('rel/dir'));
  });

  it('uses PWB_DATA_DIR when there is no flag', () => {
    expect(resolveDataDir({ env: { PWB_DATA_DIR: '/env/dir' }, electronUserData: '/electron' })).toBe('/env/dir');
  });

  it("uses Electron's userData when neither flag nor env is set", () => {
    expect(resolveDataDir({ env: {}, electronUserData: '/electron/userData' })).toBe('/electron/userData');
  });

  it("falls back to the OS's per-user app-data folder", () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', homeDir: '/home/ada' })).toBe('/home/ada/.config/Provisioning Workbench');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', homeDir: '/home/ada' })).toBe('/xdg/Provisioning Workbench');
    expect(resolveDataDir({ env: {}, platform: 'darwin', homeDir: '/Users/ada' })).toBe('/Users/ada/Library/Application Support/Provisioning Workbench');
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, platform: 'win32', homeDir: 'C:\\Users\\ada' })).toContain('Provisioning Workbench');
  });

  it('keeps the workspace file inside the data dir', () => {
    expect(workspacePath('/data')).toBe(path.join('/data', 'workspace.sqlite'));
  });
});
