import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pwbEnvironment, resolveDataDir, workspacePath } from '../../../../electron/core/config';

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

describe('pwbEnvironment', () => {
  it('reads every PWB_* variable, trimmed, with an empty one counting as unset', () => {
    expect(
      pwbEnvironment({
        PWB_DATA_DIR: '/data',
        PWB_ACCESS_TOKEN: ' eyJ.token \n',
        PWB_GRAPH_ENDPOINT: 'http://127.0.0.1:4100',
        PWB_AUTHORITY_ENDPOINT: '',
        PWB_SCIM_TOKEN: 'scim-secret',
        PWB_LA_ACCESS_TOKEN: '   ',
        PWB_LA_ENDPOINT: 'http://127.0.0.1:4200',
        PWB_LOG_LEVEL: 'debug',
        PWB_IMPORT_WORKER: '0',
        PWB_SQLITE_BINDING: '/native/better_sqlite3.node',
        PWB_RENDERER_URL: 'http://127.0.0.1:5173',
        HOME: '/home/admin',
      }),
    ).toEqual({
      dataDir: '/data',
      accessToken: 'eyJ.token',
      graphEndpoint: 'http://127.0.0.1:4100',
      authorityEndpoint: undefined,
      scimToken: 'scim-secret',
      logAnalyticsToken: undefined,
      logAnalyticsEndpoint: 'http://127.0.0.1:4200',
      logLevel: 'debug',
      importWorker: false,
      sqliteBinding: '/native/better_sqlite3.node',
      rendererUrl: 'http://127.0.0.1:5173',
    });
  });

  it('runs the import worker unless PWB_IMPORT_WORKER is 0', () => {
    expect(pwbEnvironment({}).importWorker).toBe(true);
    expect(pwbEnvironment({ PWB_IMPORT_WORKER: '1' }).importWorker).toBe(true);
  });
});
