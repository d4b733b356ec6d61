// better-sqlite3 in node_modules is compiled for Node's ABI (the CLI, the host and the tests use it).
// Electron has its own ABI, so `npm start` keeps a second build of the binding in .electron-native/,
// one folder per Electron version, and the main process loads it through better-sqlite3's
// `nativeBinding` option (PWB_SQLITE_BINDING). node_modules is never touched, so `npm test` and
// `npm start` can follow each other without a rebuild. Installers get their own build from
// electron-builder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './run.mjs';

export const NATIVE_DIR = path.join(root, '.electron-native');

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

export function bindingPath(version = electronVersion()) {
  return path.join(NATIVE_DIR, `electron-${version}`, 'better_sqlite3.node');
}

/** The first line of a failed tool's output that says why (a network error, usually). */
export function causeOf(output, fallback) {
  const found = output.match(/(getaddrinfo \S+ \S+|ENOTFOUND \S+|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|\b\d{3} Not Found)/)?.[0];
  // node-gyp hides the socket error behind its own sentence.
  return found ?? (/related to network connectivity/.test(output) ? 'no network connection' : fallback);
}

/**
 * Returns { ok, value: binding path } or { ok: false, reason }. Tries better-sqlite3's prebuilt binary
 * for this Electron first (prebuild-install), then a build from source against Electron's headers
 * (node-gyp); both download, so both fail offline. Works in a temp copy: node_modules stays Node's.
 */
export function ensureElectronSqlite() {
  const version = electronVersion();
  const target = bindingPath(version);
  if (fs.existsSync(target)) return { ok: true, value: target };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-sqlite-'));
  try {
    fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true });
    fs.rmSync(path.join(work, 'build'), { recursive: true, force: true });
    const env = { ...process.env, npm_config_nodedir: '' };
    const prebuilt = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime=electron', `--target=${version}`], { cwd: work, encoding: 'utf8', env, timeout: 120_000 });
    let built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    let output = `${prebuilt.stderr ?? ''}\n${prebuilt.stdout ?? ''}`;
    if (prebuilt.status !== 0 || !fs.existsSync(built)) {
      console.log(`  No prebuilt better-sqlite3 for Electron ${version} (${causeOf(output, 'none published')}); building it from source (a few minutes, once) …`);
      const gyp = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
        { cwd: work, encoding: 'utf8', env, timeout: 900_000 },
      );
      output = `${gyp.stderr ?? ''}\n${gyp.stdout ?? ''}`;
      built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
      if (gyp.status !== 0 || !fs.existsSync(built)) return { ok: false, reason: `neither a prebuilt binary nor Electron's headers could be downloaded (${causeOf(output, 'the build failed')})` };
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
    return { ok: true, value: target };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
