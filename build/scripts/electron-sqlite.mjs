// better-sqlite3 in node_modules is compiled for Node's ABI (the CLI, the host and the tests use it).
// Electron has its own ABI, so the desktop app gets a second copy of the binding, built against
// Electron's headers into out/native/, and loads it through better-sqlite3's `nativeBinding` option.
// Building it needs Electron's headers from the network, so it is only attempted when Electron runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './run.mjs';

export function electronSqliteBinding() {
  const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const target = path.join(root, 'out', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
  if (fs.existsSync(target)) return { binding: target };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-sqlite-'));
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true });
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (about two minutes, once) …`);
  const gyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
    { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  );
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !fs.existsSync(built)) {
    return { reason: 'better-sqlite3 could not be built for Electron (its headers could not be fetched)' };
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(built, target);
  fs.rmSync(work, { recursive: true, force: true });
  return { binding: target };
}
